using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Learning.Training.Sessions;

/// <summary>
/// The .ics files of a cohort's sessions. Each session keeps its UID for life and its SEQUENCE grows
/// with every change, so a calendar that already holds the event replaces it instead of adding a second.
/// </summary>
public static class CalendarFile
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string Publish = "PUBLISH";

    /// <summary>The MIME type; its method must name the file's METHOD (RFC 5545 3.7.2).</summary>
    public static string ContentType(string method) => $"text/calendar; charset=utf-8; method={method}";

    public static string Uid(LiveSession session) => $"{session.Uid:N}@learning";

    /// <summary>
    /// One session as an iTIP message to one participant (RFC 5546 3.2.2, 3.2.5): a REQUEST invites
    /// them or carries a change, a CANCEL takes the session out of their calendar. An iTIP object
    /// holds the components of one UID only, so each session travels in a file of its own.
    /// </summary>
    public static string Invitation(LiveSession session, string cohortTitle, string method, CalendarOrganizer organizer, CalendarPerson attendee, DateTime nowUtc)
    {
        var e = Event(session, cohortTitle, organizer, nowUtc, cancelled: method == Cancel);
        e.Attendees.Add(Attendee(attendee, method, organizer.TakesReplies));
        return Serialize(method, [e]);
    }

    /// <summary>
    /// Every session of a cohort, for downloading (RFC 5546 3.2.1): a PUBLISH names no attendees, and
    /// marks a cancelled session as such.
    /// </summary>
    public static string Publication(IEnumerable<LiveSession> sessions, string cohortTitle, CalendarOrganizer organizer, DateTime nowUtc) =>
        Serialize(Publish, sessions.Select(s => Event(s, cohortTitle, organizer, nowUtc, s.Cancelled)).ToList());

    private static string Serialize(string method, IReadOnlyList<CalendarEvent> events)
    {
        var calendar = new Calendar { Method = method, ProductId = "-//Marine Litter Learning//Training//EN" };
        calendar.Events.AddRange(events);
        return CalendarText.Refold(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static CalendarEvent Event(LiveSession session, string cohortTitle, CalendarOrganizer organizer, DateTime nowUtc, bool cancelled)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(session),
            Sequence = session.Sequence,
            Summary = CalendarText.Text($"{cohortTitle}: {session.Title}"),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(session.StartsUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(session.EndsUtc, DateTimeKind.Utc)),
            Location = CalendarText.Text(session.Venue ?? session.OnlineLink),
            Description = CalendarText.Text(session.Materials),
            Organizer = Organizer(organizer),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (Uri.TryCreate(session.OnlineLink, UriKind.Absolute, out var link))
        {
            e.Url = link;
        }
        return e;
    }

    private static Organizer Organizer(CalendarOrganizer organizer) => new($"mailto:{organizer.Person.Email}")
    {
        CommonName = CalendarText.Parameter(organizer.Person.Name),
        SentBy = organizer.SentBy is { } site ? new Uri($"mailto:{site}") : null,
    };

    /// <summary>
    /// The participant, asked for an answer (PARTSTAT=NEEDS-ACTION) on a REQUEST. RSVP only when the
    /// organizer reads replies: an answer to the no-reply address would go nowhere.
    /// </summary>
    private static Attendee Attendee(CalendarPerson person, string method, bool takesReplies)
    {
        var attendee = new Attendee($"mailto:{person.Email}") { CommonName = CalendarText.Parameter(person.Name), Role = ParticipationRole.RequiredParticipant };
        if (method == Request)
        {
            (attendee.ParticipationStatus, attendee.Rsvp) = (EventParticipationStatus.NeedsAction, takesReplies);
        }
        return attendee;
    }
}
