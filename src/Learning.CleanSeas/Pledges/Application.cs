namespace Learning.CleanSeas.Pledges;

/// <summary>What a focal point sends to apply: for whom, and the proof (a letter, or an official address).</summary>
public sealed class Application
{
    public string Kind { get; set; } = "government";
    public string? CountryCode { get; set; }
    public string? OrganisationName { get; set; }
    public string? Note { get; set; }
}

public sealed record Applicant(string UserId, string Email, string Culture);

public sealed record LetterFile(string Name, byte[] Content);
