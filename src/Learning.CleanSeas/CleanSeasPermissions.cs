using Learning.Core.Modules;
using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas;

public static class CleanSeasPermissions
{
    public const string ModerateName = "ModerateCleanSeas";

    public static readonly Permission Moderate = new(ModerateName, Msgid("Verify Clean Seas pledgers, review commitments and run the review survey"));
}
