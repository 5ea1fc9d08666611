using Learning.Core.Modules;
using static Learning.Core.Cultures.UiText;

namespace Learning.Training;

public static class TrainingPermissions
{
    public const string ManageTrainingName = "ManageTraining";

    /// <summary>Administrators of the programme: every cohort, every application, the prerequisite override.</summary>
    public static readonly Permission ManageTraining = new(ManageTrainingName, Msgid("Manage every masterclass and train-the-trainer cohort"));
}
