using Learning.Core;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Learning.Courses.Releases;

/// <summary>
/// Once, a friendly reminder to learners enrolled in an open edition who have not started after
/// <c>Learning:Courses:NudgeAfterDays</c> days (7 by default).
/// </summary>
public sealed class LearnerNudge(LearningDbContext db, Outbox outbox, OutboxSchedule delivery, PublicAddress address, IConfiguration configuration, TimeProvider clock)
{
    public const string RecurringJobId = "course-nudge";

    private int AfterDays => configuration.GetValue("Learning:Courses:NudgeAfterDays", 7);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-AfterDays);
        var due = await (from e in db.Set<Enrolment>()
                         join ed in db.Set<Edition>() on e.EditionId equals ed.Id
                         join u in db.Users on e.UserId equals u.Id
                         where e.State == EnrolmentState.Enrolled && e.StartedUtc == null && e.NudgedUtc == null &&
                               ed.Status == EditionStatus.Released && e.CreatedUtc < before && (ed.ReleasedUtc == null || ed.ReleasedUtc < before)
                         orderby e.Id
                         select new { e.Id, ed.Culture, EditionId = ed.Id, ed.Title, u.Email, u.DisplayName }).Take(1000).ToListAsync(ct);
        var queued = 0;
        foreach (var group in due.GroupBy(d => d.Culture))
        {
            var recipients = group.Select(d => new OutboxRecipient(d.Email!, $"course-nudge:{d.Id}", new Dictionary<string, object?>
            {
                ["name"] = d.DisplayName, ["edition"] = d.Title, ["link"] = address.Link(CourseAddresses.Study(d.Culture, d.EditionId)),
            })).ToList();
            var ids = group.Select(d => d.Id).ToList();
            try
            {
                await db.InTransactionAsync(async () =>
                {
                    var added = await outbox.QueueManyAsync("course-nudge", group.Key, recipients, ct);
                    await db.Set<Enrolment>().Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.NudgedUtc, now), ct);
                    await db.SaveChangesAsync(ct);
                    queued += added;
                }, ct);
            }
            catch (DbUpdateException)
            {
                // A run at the same moment nudged some of these first, and this group's transaction
                // wrote nothing; whoever is left is nudged by the next hourly run.
                db.ChangeTracker.Clear();
            }
        }
        if (queued > 0)
        {
            delivery.RequestDelivery();
        }
        return queued;
    }
}
