namespace Learning.CleanSeas.Individuals;

/// <summary>The public pledge form as posted.</summary>
public sealed class IndividualPledgeInput
{
    public string? Name { get; set; }

    public bool ShowName { get; set; }

    public string? CountryCode { get; set; }

    public string? Email { get; set; }

    public List<string> Promises { get; set; } = [];
}
