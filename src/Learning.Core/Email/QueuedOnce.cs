using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Email;

/// <summary>
/// Saving e-mail queued by a job that may run twice at once (Hangfire is at-least-once, and a
/// recurring job can overlap its retry). Both runs see a dedup key free and queue it; the unique
/// key lets only one save it. The other forgets what it queued and queues again, now skipping
/// what was saved, so each message exists once and neither run fails.
/// </summary>
public static class QueuedOnce
{
    private const int Attempts = 3;

    /// <summary>Runs <paramref name="queue"/> and saves what it queued; true when something was saved.</summary>
    public static async Task<bool> SaveAsync(LearningDbContext db, Func<Task> queue, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await queue();
            try
            {
                return await db.SaveChangesAsync(ct) > 0;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
