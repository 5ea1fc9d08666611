using Learning.Core;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Jobs;

/// <summary>
/// Reminds each coordinator whose scope has a submission waiting longer than 7 days: one e-mail per
/// coordinator per day, whatever the number of waiting submissions. The dedup key holds the day, so a
/// retried or duplicated run mails nobody twice.
/// </summary>
public sealed class ReviewReminders(LearningDbContext db, Outbox outbox, OutboxSchedule delivery, PublicAddress address, TimeProvider clock)
{
    public const string RecurringJobId = "tide-turners-review-reminders";
    public const string Template = "tide-turners-review-reminder";
    public static readonly TimeSpan Patience = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - Patience;
        var late = await (from s in db.Set<Submission>().AsNoTracking()
                          join g in db.Set<Group>() on s.GroupId equals g.Id
                          where s.State == SubmissionState.Waiting && s.SubmittedUtc < cutoff
                          group s by new { g.OrganisationId, g.Country } into byScope
                          select new { byScope.Key.OrganisationId, byScope.Key.Country, Count = byScope.Count() }).ToListAsync(ct);
        if (late.Count == 0)
        {
            return;
        }
        var coordinators = await (from a in db.Set<Appointment>().AsNoTracking()
                                  join u in db.Users on a.UserId equals u.Id
                                  where a.Role == AppointmentRole.Coordinator
                                  select new { a.UserId, a.OrganisationId, a.Country, u.Email, u.PreferredCulture }).ToListAsync(ct);
        await delivery.SaveOnceAsync(db, async () =>
        {
            foreach (var person in coordinators.GroupBy(c => c.UserId))
            {
                var waiting = late.Where(l => person.Any(p => p.OrganisationId == l.OrganisationId && p.Country == l.Country)).Sum(l => l.Count);
                var first = person.First();
                if (waiting == 0 || string.IsNullOrEmpty(first.Email))
                {
                    continue;
                }
                await outbox.QueueAsync(Template, first.PreferredCulture, first.Email, $"{RecurringJobId}:{person.Key}:{now:yyyy-MM-dd}",
                    new Dictionary<string, object?> { ["count"] = waiting, ["url"] = address.Link(TideTurnersAddresses.Review(first.PreferredCulture)) }, ct);
            }
        }, ct);
    }
}
