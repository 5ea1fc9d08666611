using Learning.Core.Modules;

namespace Learning.Training;

public static class TrainingPermissions
{
    public const string ManageTrainingName = "ManageTraining";

    /// <summary>Administrators of the programme: every cohort, every application, the prerequisite override.</summary>
    public static readonly Permission ManageTraining = new(ManageTrainingName, "Manage every masterclass and train-the-trainer cohort");
}
