using Learning.Core.Data;
using Learning.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Learning.Impact.Report;

/// <summary>Queues again, at start, every report that was not built: an in-memory job queue lost it, the database did not.</summary>
public sealed class ProgressReportSchedule(LearningDbContext db, ProgressReports reports) : IScheduledWork
{
    public async Task RederiveAsync(CancellationToken ct)
    {
        var unfinished = await db.Set<ProgressReport>().AsNoTracking()
            .Where(r => r.State == ReportState.Queued || r.State == ReportState.Building).Select(r => r.Id).ToListAsync(ct);
        unfinished.ForEach(reports.Enqueue);
    }
}
