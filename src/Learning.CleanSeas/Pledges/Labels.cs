using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas.Pledges;

/// <summary>The English msgids of the enumerations, written out so the string extractor finds them.</summary>
public static class Labels
{
    public static string Of(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Draft => Msgid("Draft"),
        CommitmentStatus.Submitted => Msgid("Submitted"),
        CommitmentStatus.ChangesRequested => Msgid("Changes requested"),
        CommitmentStatus.Approved => Msgid("Approved"),
        CommitmentStatus.Published => Msgid("Published"),
        CommitmentStatus.Completed => Msgid("Completed"),
        _ => Msgid("Closed"),
    };

    public static string Of(CommitmentCategory category) => category switch
    {
        CommitmentCategory.SingleUsePlasticsBan => Msgid("Single-use plastics ban"),
        CommitmentCategory.BagLevy => Msgid("Bag levy"),
        CommitmentCategory.MicrobeadsBan => Msgid("Microbeads ban"),
        CommitmentCategory.ExtendedProducerResponsibility => Msgid("Extended producer responsibility"),
        CommitmentCategory.NationalActionPlan => Msgid("National action plan"),
        CommitmentCategory.WasteManagementInfrastructure => Msgid("Waste management infrastructure"),
        CommitmentCategory.CleanUps => Msgid("Clean-ups"),
        CommitmentCategory.Awareness => Msgid("Awareness"),
        _ => Msgid("Other"),
    };

    public static string Of(StatusLight light) => light switch
    {
        StatusLight.Green => Msgid("Green: on track"),
        StatusLight.Yellow => Msgid("Yellow: some delay"),
        _ => Msgid("Red: off track"),
    };

    public static string Of(PledgeKind kind) => kind == PledgeKind.Government ? Msgid("Government") : Msgid("Organisation");
}
