using System.Globalization;
using Learning.Core;
using Learning.Core.Email;
using Learning.Training.Sessions;

namespace Learning.Training.Cohorts;

/// <summary>
/// E-mail to one participant of a cohort, in the language they applied in, optionally with the
/// calendar of some sessions: one .ics per session, each an iTIP message of its own UID.
/// It joins the caller's unit of work; the dedup key makes a retried cause queue nothing more.
/// </summary>
public sealed class ParticipantMail(Outbox outbox, CalendarOrganizers organizers, PublicAddress address, TimeProvider clock)
{
    /// <summary>The organizer of each cohort this unit of work wrote to, looked up once for all its participants.</summary>
    private readonly Dictionary<string, CalendarOrganizer> organizerOf = [];

    public async Task QueueAsync(string template, Cohort cohort, Participant to, string dedupKey, CalendarPart? calendar = null,
        IReadOnlyDictionary<string, object?>? extra = null, CancellationToken ct = default)
    {
        var culture = to.Culture;
        var model = new Dictionary<string, object?>
        {
            ["name"] = to.Name,
            ["cohort"] = cohort.TitleIn(culture),
            ["link"] = address.Link(TrainingAddresses.MyTraining(culture)),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            model[key] = value;
        }
        var message = await outbox.QueueAsync(template, culture, to.Email, dedupKey, model, ct);
        if (message is not null && calendar is not null)
        {
            await AttachAsync(message, cohort, to, calendar, ct);
        }
    }

    private async Task AttachAsync(OutboxMessage message, Cohort cohort, Participant to, CalendarPart calendar, CancellationToken ct)
    {
        if (!organizerOf.TryGetValue(cohort.Id, out var organizer))
        {
            organizerOf[cohort.Id] = organizer = await organizers.ForCohortAsync(cohort.Id, ct);
        }
        var attendee = new CalendarPerson(to.Email, to.Name);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var session in calendar.Sessions)
        {
            var ics = CalendarFile.Invitation(session, cohort.TitleIn(to.Culture), calendar.Method, organizer, attendee, now);
            message.Attach(FileName(cohort, session), CalendarFile.ContentType(calendar.Method), ics);
        }
    }

    /// <summary>
    /// The cohort and the session's local start, so a person tells the files of one e-mail apart;
    /// invariant, or a Thai request would write the Buddhist year.
    /// </summary>
    private static string FileName(Cohort cohort, LiveSession session) =>
        $"{cohort.Slug}-{session.StartsLocal.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.ics";
}

/// <summary>The sessions an e-mail carries as invitations (REQUEST) or cancellations (CANCEL), one file each.</summary>
public sealed record CalendarPart(IReadOnlyList<LiveSession> Sessions, string Method);
