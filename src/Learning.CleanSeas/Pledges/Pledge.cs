using Learning.Core.Cultures;

namespace Learning.CleanSeas.Pledges;

public enum PledgeKind { Government, Organisation }

public enum Verification { Applied, Verified, Rejected }

/// <summary>
/// A signatory's pledge: one per country for governments, one per organisation. The focal point who
/// applied for it is the only one who may edit it.
/// </summary>
public class Pledge : Learning.Core.Caching.IPublicContent
{
    public string Id { get; set; } = "";
    public PledgeKind Kind { get; set; }
    public string CountryCode { get; set; } = "";

    /// <summary>The country again for a live government pledge, null otherwise: its unique index allows one per country.</summary>
    public string? GovernmentCountry { get; set; }
    public string OrganisationName { get; set; } = "";
    public string? UserId { get; set; }
    public string ContactEmail { get; set; } = "";
    public string Culture { get; set; } = "en";
    public Verification Verification { get; set; }
    public string ApplicationNote { get; set; } = "";
    public string? LetterName { get; set; }
    public byte[]? Letter { get; set; }
    public DateTime AppliedUtc { get; set; }
    public DateTime? VerifiedUtc { get; set; }
    public List<Commitment> Commitments { get; set; } = [];

    public string NameIn(string culture) => Kind == PledgeKind.Government ? Countries.NameOf(CountryCode, culture) : OrganisationName;
}
