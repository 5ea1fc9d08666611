namespace Learning.Core.Security;

/// <summary>The roles of the platform. A visitor has no account and so no role.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Learner = "Learner";
    public const string YouthParticipant = "YouthParticipant";
    public const string GroupLeader = "GroupLeader";
    public const string Trainer = "Trainer";
    public const string GovernmentFocalPoint = "GovernmentFocalPoint";
    public const string OrganisationPledger = "OrganisationPledger";
    public const string CampaignModerator = "CampaignModerator";
}
