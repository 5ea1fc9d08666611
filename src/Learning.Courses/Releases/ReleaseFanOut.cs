using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learning.Courses.Releases;

/// <summary>
/// Tells every learner of an edition, in batches, through the outbox. Each batch commits its
/// messages and the cursor together; a rerun or a second concurrent run skips what is queued already.
/// </summary>
public sealed class ReleaseFanOut(LearningDbContext db, Outbox outbox, OutboxSchedule delivery, TimeProvider clock, ILogger<ReleaseFanOut> logger)
{
    public int BatchSize { get; set; } = 1000;

    /// <summary>Called after each committed batch; lets a test stop the run half-way, as a crash would.</summary>
    public Action<int>? AfterBatch { get; set; }

    public async Task<int> RunAsync(ReleaseMailing mailing, CancellationToken ct = default)
    {
        var run = await StartAsync(mailing, ct);
        if (run.FinishedUtc is not null)
        {
            return 0;
        }
        var queued = 0;
        var batches = 0;
        while (await NextBatchAsync(mailing, run.Cursor, ct) is { Count: > 0 } batch)
        {
            queued += await QueueBatchAsync(mailing, run, batch, ct);
            AfterBatch?.Invoke(++batches);
        }
        run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        delivery.RequestDelivery();
        logger.LogInformation("Release {Release} queued {Count} e-mails", mailing.RunId, queued);
        return queued;
    }

    private async Task<ReleaseRun> StartAsync(ReleaseMailing mailing, CancellationToken ct)
    {
        var run = await db.Set<ReleaseRun>().FirstOrDefaultAsync(r => r.Id == mailing.RunId, ct);
        if (run is not null)
        {
            return run;
        }
        run = new ReleaseRun { Id = mailing.RunId, EditionId = mailing.EditionId, StartedUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return run;
        }
        catch (DbUpdateException)
        {
            // Another run of the same job started at the same moment; carry on with its record.
            db.ChangeTracker.Clear();
            return await db.Set<ReleaseRun>().FirstAsync(r => r.Id == mailing.RunId, ct);
        }
    }

    private Task<List<Learner>> NextBatchAsync(ReleaseMailing mailing, long cursor, CancellationToken ct) =>
        (from enrolment in db.Set<Enrolment>()
         join user in db.Users on enrolment.UserId equals user.Id
         where enrolment.EditionId == mailing.EditionId && enrolment.Id > cursor &&
               (enrolment.State == EnrolmentState.Enrolled || enrolment.State == EnrolmentState.Waitlisted)
         orderby enrolment.Id
         select new Learner(enrolment.Id, user.Id, user.Email!, user.DisplayName)).Take(BatchSize).ToListAsync(ct);

    private async Task<int> QueueBatchAsync(ReleaseMailing mailing, ReleaseRun run, List<Learner> batch, CancellationToken ct)
    {
        var recipients = batch.Select(l => new OutboxRecipient(l.Email, $"{mailing.RunId}:{l.UserId}", mailing.ModelFor(l.Name))).ToList();
        var added = 0;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                added = await outbox.QueueManyAsync(mailing.Template, mailing.Culture, recipients, ct);
                run.Cursor = batch[^1].EnrolmentId;
                run.Queued += added;
                if (mailing.OpensWaitlist)
                {
                    var ids = batch.Select(l => l.EnrolmentId).ToList();
                    await db.Set<Enrolment>().Where(e => ids.Contains(e.Id) && e.State == EnrolmentState.Waitlisted)
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, EnrolmentState.Enrolled), ct);
                }
            }, ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent run queued some of these first. Nothing of this batch was written; take the
            // stored progress and read the batch again, which now skips what the other run queued.
            db.ChangeTracker.Clear();
            var stored = await db.Set<ReleaseRun>().AsNoTracking().FirstAsync(r => r.Id == run.Id, ct);
            (run.Cursor, run.Queued) = (stored.Cursor, stored.Queued);
            db.Attach(run);
            return 0;
        }
        db.ChangeTracker.Clear();
        db.Attach(run);
        return added;
    }

    private sealed record Learner(long EnrolmentId, string UserId, string Email, string Name);
}

/// <summary>What a release tells whom: the template, its language, and the values for each learner.</summary>
public sealed record ReleaseMailing(string RunId, string EditionId, string Template, string Culture, bool OpensWaitlist, IReadOnlyDictionary<string, object?> Values)
{
    public IReadOnlyDictionary<string, object?> ModelFor(string name) =>
        new Dictionary<string, object?>(Values) { ["name"] = name };
}
