namespace Learning.CleanSeas.Pledges;

/// <summary>The English msgids of the enumerations, written out so the string extractor finds them.</summary>
public static class Labels
{
    public static string Of(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Draft => "Draft",
        CommitmentStatus.Submitted => "Submitted",
        CommitmentStatus.ChangesRequested => "Changes requested",
        CommitmentStatus.Approved => "Approved",
        CommitmentStatus.Published => "Published",
        CommitmentStatus.Completed => "Completed",
        _ => "Closed",
    };

    public static string Of(CommitmentCategory category) => category switch
    {
        CommitmentCategory.SingleUsePlasticsBan => "Single-use plastics ban",
        CommitmentCategory.BagLevy => "Bag levy",
        CommitmentCategory.MicrobeadsBan => "Microbeads ban",
        CommitmentCategory.ExtendedProducerResponsibility => "Extended producer responsibility",
        CommitmentCategory.NationalActionPlan => "National action plan",
        CommitmentCategory.WasteManagementInfrastructure => "Waste management infrastructure",
        CommitmentCategory.CleanUps => "Clean-ups",
        CommitmentCategory.Awareness => "Awareness",
        _ => "Other",
    };

    public static string Of(StatusLight light) => light switch
    {
        StatusLight.Green => "Green: on track",
        StatusLight.Yellow => "Yellow: some delay",
        _ => "Red: off track",
    };

    public static string Of(PledgeKind kind) => kind == PledgeKind.Government ? "Government" : "Organisation";
}
