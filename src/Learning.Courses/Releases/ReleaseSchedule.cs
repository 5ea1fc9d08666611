using Hangfire;
using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Releases;

/// <summary>
/// Re-plans every scheduled release from the database at start, and resumes any release whose
/// fan-out did not finish, so a restart or a lost job queue loses nothing.
/// </summary>
public sealed class ReleaseSchedule(LearningDbContext db, EditionScheduler scheduler, IBackgroundJobClient jobs) : IScheduledWork
{
    public async Task RederiveAsync(CancellationToken ct)
    {
        foreach (var edition in await db.Set<Edition>().AsNoTracking().Where(e => e.Status == EditionStatus.Scheduled).ToListAsync(ct))
        {
            scheduler.Plan(edition);
        }
        var unfinished = await db.Set<ReleaseRun>().AsNoTracking().Where(r => r.FinishedUtc == null).Select(r => r.EditionId).ToListAsync(ct);
        foreach (var edition in await db.Set<Edition>().AsNoTracking().Where(e => unfinished.Contains(e.Id)).ToListAsync(ct))
        {
            jobs.Enqueue<EditionRelease>(r => r.RunAsync(edition.Id, edition.ScheduleVersion, CancellationToken.None));
        }
    }
}
