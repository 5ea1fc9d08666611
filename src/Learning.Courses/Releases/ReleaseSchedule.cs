using Hangfire;
using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Releases;

/// <summary>
/// Re-plans every scheduled release from the database at start, and resumes any release whose
/// fan-out did not finish, so a restart or a lost job queue loses nothing. Every node does this at
/// its start; each plan is made once for all of them.
/// </summary>
public sealed class ReleaseSchedule(LearningDbContext db, EditionScheduler scheduler, UnitRelease units, IRecurringJobManager recurring) : IScheduledWork
{
    public async Task RederiveAsync(CancellationToken ct)
    {
        foreach (var edition in await db.Set<Edition>().AsNoTracking().Where(e => e.Status == EditionStatus.Scheduled).ToListAsync(ct))
        {
            scheduler.Plan(edition);
        }
        var dripping = await db.Set<Edition>().AsNoTracking().Include(e => e.Units)
            .Where(e => e.Status == EditionStatus.Released && e.Units.Any(u => (u.ReleaseWeek > 0 || u.ReleaseAtLocal != null) && u.ReleasedUtc == null)).ToListAsync(ct);
        dripping.ForEach(units.PlanAll);
        recurring.AddOrUpdate<LearnerNudge>(LearnerNudge.RecurringJobId, n => n.RunAsync(CancellationToken.None), Cron.Hourly());
        var unfinished = await db.Set<ReleaseRun>().AsNoTracking().Where(r => r.FinishedUtc == null).Select(r => r.EditionId).ToListAsync(ct);
        foreach (var edition in await db.Set<Edition>().AsNoTracking().Where(e => unfinished.Contains(e.Id)).ToListAsync(ct))
        {
            // Its time is past, so the plan runs at once, unless a node is still running it.
            scheduler.Plan(edition);
        }
    }
}
