namespace Learning.Core.Impact;

/// <summary>
/// The period and country a reader asked about. A null bound is open; dates are whole UTC days,
/// both ends included, so that "2026-01-01 to 2026-12-31" means the whole year.
/// </summary>
public sealed record ImpactFilter(DateOnly? From, DateOnly? To, string? Country)
{
    public static readonly ImpactFilter Everything = new(null, null, null);

    /// <summary>The first instant inside the period, or null when it has no start.</summary>
    public DateTime? FromUtc => From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first instant after the period, or null when it has no end.</summary>
    public DateTime? BeforeUtc => To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public bool Includes(DateTime utc) => (FromUtc is not { } from || utc >= from) && (BeforeUtc is not { } before || utc < before);

    public bool IncludesCountry(string? country) => Country is null || string.Equals(Country, country, StringComparison.OrdinalIgnoreCase);
}
