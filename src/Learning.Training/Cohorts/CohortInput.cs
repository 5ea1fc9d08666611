using System.Globalization;
using Learning.Core.Cultures;

namespace Learning.Training.Cohorts;

/// <summary>A new cohort as a trainer or administrator types it.</summary>
public sealed class CohortInput
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Culture { get; set; } = "en";
    public string Country { get; set; } = "";
    public string Region { get; set; } = "";
    public int Seats { get; set; } = 25;
    public string ApplyUntil { get; set; } = "";
    public bool Masterclass { get; set; }

    public List<string> Problems(PoStringLocalizer t, CultureCatalog cultures, DateTime nowUtc, out DateTime? applyUntilUtc)
    {
        var problems = new List<string>();
        applyUntilUtc = null;
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200)
        {
            problems.Add(t["A cohort needs a title of at most 200 characters."]);
        }
        if (Summary?.Length > 2000)
        {
            problems.Add(t["The summary may have at most 2000 characters."]);
        }
        if (!cultures.IsSupported(Culture))
        {
            problems.Add(t["Unknown language: {0}", Culture ?? ""]);
        }
        if (!string.IsNullOrEmpty(Country) && (Country.Length != 2 || !Country.All(char.IsAsciiLetter)))
        {
            problems.Add(t["Expected a two-letter country code such as KE."]);
        }
        if (Region?.Length > 100 || Region?.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) == true)
        {
            problems.Add(t["A region is written in lowercase letters and hyphens, such as east-africa."]);
        }
        if (Seats is < 1 or > 1000)
        {
            problems.Add(t["Seats must be between 1 and 1000."]);
        }
        if (!DateOnly.TryParseExact(ApplyUntil, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            problems.Add(t["Expected a date as YYYY-MM-DD."]);
        }
        else if (until.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc) is var end && end <= nowUtc)
        {
            problems.Add(t["The application deadline must be in the future."]);
        }
        else
        {
            applyUntilUtc = end;
        }
        return problems;
    }
}
