using Learning.Core;
using Learning.Core.Email;
using Learning.Training.Sessions;
using Microsoft.Extensions.Options;

namespace Learning.Training.Cohorts;

/// <summary>
/// E-mail to one participant of a cohort, in the language they applied in, optionally with the cohort's calendar.
/// It joins the caller's unit of work; the dedup key makes a retried cause queue nothing more.
/// </summary>
public sealed class ParticipantMail(Outbox outbox, IOptions<SmtpOptions> smtp, PublicAddress address, TimeProvider clock)
{
    public async Task QueueAsync(string template, Cohort cohort, Participant to, string dedupKey, CalendarPart? calendar = null,
        IReadOnlyDictionary<string, object?>? extra = null, CancellationToken ct = default)
    {
        var culture = to.Culture;
        var model = new Dictionary<string, object?>
        {
            ["name"] = to.Name,
            ["cohort"] = cohort.TitleIn(culture),
            ["link"] = address.Link($"/{culture}/training/my"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            model[key] = value;
        }
        var message = await outbox.QueueAsync(template, culture, to.Email, dedupKey, model, ct);
        if (message is not null && calendar is not null)
        {
            var ics = CalendarFile.Build(calendar.Sessions, cohort.TitleIn(culture), calendar.Method, smtp.Value.From, clock.GetUtcNow().UtcDateTime);
            message.Attach($"{cohort.Slug}.ics", CalendarFile.ContentType(calendar.Method), ics);
        }
    }
}

/// <summary>The sessions an e-mail carries as an invitation (REQUEST) or a cancellation (CANCEL).</summary>
public sealed record CalendarPart(IReadOnlyList<LiveSession> Sessions, string Method);
