namespace Learning.CleanSeas;

/// <summary>The roles of the Clean Seas campaign, created at setup (<see cref="CleanSeasModule.Roles"/>).</summary>
public static class CleanSeasRoles
{
    public const string CampaignModerator = "CampaignModerator";
    public const string GovernmentFocalPoint = "GovernmentFocalPoint";
    public const string OrganisationPledger = "OrganisationPledger";
}
