namespace Learning.CleanSeas.Registry;

/// <summary>
/// A region of the registry's filter. A regional campaign (the Caribbean, the Pacific) is a region
/// with a campaign page of its own; a country may belong to several regions.
/// </summary>
public class Region : Learning.Core.Caching.IPublicContent
{
    public string Id { get; set; } = "";
    public Dictionary<string, string> Names { get; set; } = [];
    public List<string> Countries { get; set; } = [];

    /// <summary>The localization set of its CMS campaign page, or null for a plain region.</summary>
    public string? CampaignSet { get; set; }
    public int Order { get; set; }

    public string NameIn(string culture) => Names.GetValueOrDefault(culture) ?? Names.GetValueOrDefault("en") ?? Id;
}

/// <summary>An e-mail domain that a moderator accepts as official: a focal point signing up with it needs no letter.</summary>
public class OfficialDomain
{
    public string Domain { get; set; } = "";
    public string CountryCode { get; set; } = "";
}
