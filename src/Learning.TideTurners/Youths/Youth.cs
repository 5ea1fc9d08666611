namespace Learning.TideTurners.Youths;

/// <summary>Age bands rather than birth dates: the least that decides consent and what may be shown.</summary>
public enum AgeBand
{
    Under13,
    From13To15,
    From16,
}

/// <summary>
/// A young participant. On purpose it holds only a first name or nickname, an age band, the country,
/// the group and the language, never a full name or a birth date. It has no e-mail unless a young
/// person of 16 or over registered themselves with one; it is never shown on a public page.
/// </summary>
public class Youth
{
    public const int NicknameLength = 40;

    public long Id { get; set; }
    public long GroupId { get; set; }
    public string Nickname { get; set; } = "";
    public AgeBand AgeBand { get; set; }
    public string Country { get; set; } = "";
    public string Culture { get; set; } = "en";

    /// <summary>Set only for a self-registered participant of 16 or over, who signs in with their own account.</summary>
    public string? UserId { get; set; }

    /// <summary>When the leader recorded a parent's or guardian's consent, and who did (null for a self-registered 16+).</summary>
    public DateTime? ConsentRecordedUtc { get; set; }
    public string? ConsentRecordedBy { get; set; }

    /// <summary>A random identifier that stands for the youth in credentials: it says nothing about them.</summary>
    public string Pseudonym { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>The last time anything was recorded for them; retention counts from here.</summary>
    public DateTime LastActivityUtc { get; set; }

    public bool IsMinor => AgeBand != AgeBand.From16;
}
