using System.Globalization;
using Learning.Core.Cultures;

namespace Learning.Training.Sessions;

/// <summary>A session as a trainer types it: local date and time in a time zone, and where it happens.</summary>
public sealed class SessionInput
{
    public string Title { get; set; } = "";
    public string StartsLocal { get; set; } = "";
    public string EndsLocal { get; set; } = "";
    public string TimeZone { get; set; } = "UTC";
    public string? OnlineLink { get; set; }
    public string? Venue { get; set; }
    public string? Materials { get; set; }

    /// <summary>Every problem of the input, in the reader's language; empty when the session can be saved.</summary>
    public List<string> Problems(PoStringLocalizer t, out SessionTimes times)
    {
        var problems = new List<string>();
        times = default;
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 300)
        {
            problems.Add(t["A session needs a title of at most 300 characters."]);
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out var zone))
        {
            problems.Add(t["Unknown time zone: {0}", TimeZone ?? ""]);
        }
        if (!TryLocal(StartsLocal, out var starts) || !TryLocal(EndsLocal, out var ends))
        {
            problems.Add(t["Start and end need a date and time."]);
        }
        else if (ends <= starts)
        {
            problems.Add(t["The session ends before it starts."]);
        }
        else if (zone is not null && (zone.IsInvalidTime(starts) || zone.IsInvalidTime(ends)))
        {
            // A local time skipped by a daylight-saving change does not exist in that zone.
            problems.Add(t["This local time does not exist in {0} (the clocks change then).", zone.Id]);
        }
        else if (zone is not null)
        {
            times = new SessionTimes(starts, ends, TimeZoneInfo.ConvertTimeToUtc(starts, zone), TimeZoneInfo.ConvertTimeToUtc(ends, zone));
        }
        if (string.IsNullOrWhiteSpace(OnlineLink) && string.IsNullOrWhiteSpace(Venue))
        {
            problems.Add(t["A session needs an online link or a venue."]);
        }
        if (!string.IsNullOrWhiteSpace(OnlineLink) && !(Uri.TryCreate(OnlineLink, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"))
        {
            problems.Add(t["The online link must be a web address (https://...)."]);
        }
        return problems;
    }

    private static bool TryLocal(string text, out DateTime value) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}

public readonly record struct SessionTimes(DateTime StartsLocal, DateTime EndsLocal, DateTime StartsUtc, DateTime EndsUtc);
