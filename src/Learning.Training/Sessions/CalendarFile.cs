using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Learning.Training.Sessions;

/// <summary>
/// The .ics of a cohort's sessions. Each session keeps its UID for life and its SEQUENCE grows with
/// every change, so a calendar that already holds the event replaces it instead of adding a second.
/// </summary>
public static class CalendarFile
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static string ContentType(string method) => $"text/calendar; charset=utf-8; method={method}";

    public static string Build(IEnumerable<LiveSession> sessions, string cohortTitle, string method, string organizer, DateTime nowUtc)
    {
        var calendar = new Calendar { Method = method, ProductId = "-//Marine Litter Learning//Training//EN" };
        foreach (var session in sessions)
        {
            calendar.Events.Add(Event(session, cohortTitle, organizer, nowUtc, method == Cancel || session.Cancelled));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string Uid(LiveSession session) => $"{session.Uid:N}@learning";

    private static CalendarEvent Event(LiveSession session, string cohortTitle, string organizer, DateTime nowUtc, bool cancelled)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(session),
            Sequence = session.Sequence,
            Summary = $"{cohortTitle}: {session.Title}",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(session.StartsUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(session.EndsUtc, DateTimeKind.Utc)),
            Location = session.Venue ?? session.OnlineLink,
            Description = session.Materials,
            Organizer = new Organizer($"mailto:{organizer}"),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (Uri.TryCreate(session.OnlineLink, UriKind.Absolute, out var link))
        {
            e.Url = link;
        }
        return e;
    }
}
