using Learning.Core.Modules;

namespace Learning.CleanSeas;

public static class CleanSeasPermissions
{
    public const string ModerateName = "ModerateCleanSeas";

    public static readonly Permission Moderate = new(ModerateName, "Verify Clean Seas pledgers, review commitments and run the review survey");
}
