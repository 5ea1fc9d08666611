using Learning.Core.Data;
using Learning.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Reissuing;

/// <summary>Queues again, at start, every reissue that had not finished: an in-memory job queue lost it, the database did not.</summary>
public sealed class ReissueSchedule(LearningDbContext db, Reissues reissues) : IScheduledWork
{
    public async Task RederiveAsync(CancellationToken ct)
    {
        var unfinished = await db.Set<CertificateReissue>().AsNoTracking().Where(r => r.ActiveScope != null).Select(r => r.Id).ToListAsync(ct);
        unfinished.ForEach(reissues.Enqueue);
    }
}
