using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Impact;
using static Learning.Core.Cultures.UiText;

namespace Learning.Impact.Dashboard;

/// <summary>The dashboard's query string as the reader typed it: kept as text so the form shows back what was wrong.</summary>
public sealed record FilterInput(string? From, string? To, string? Country)
{
    /// <summary>The filter, or the reasons (msgids) it cannot be read. Empty fields mean "no bound" and "every country".</summary>
    public (ImpactFilter Filter, List<string> Errors) Parse()
    {
        var errors = new List<string>();
        var from = Date(From, Msgid("The start date is not a date such as 2026-01-31."), errors);
        var to = Date(To, Msgid("The end date is not a date such as 2026-12-31."), errors);
        if (from > to)
        {
            errors.Add(Msgid("The start date is after the end date."));
        }
        var country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant();
        if (country is not null && !Countries.IsCode(country))
        {
            errors.Add(Msgid("There is no country with that code."));
        }
        return (new ImpactFilter(from, to, country), errors);
    }

    /// <summary>The same filter as a query string, for the download links.</summary>
    public string Query =>
        string.Join("&", new[] { ("from", From), ("to", To), ("country", Country) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!.Trim())}"));

    private static DateOnly? Date(string? text, string error, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(error);
        return null;
    }
}
