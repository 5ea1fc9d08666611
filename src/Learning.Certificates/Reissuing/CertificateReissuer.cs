using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learning.Certificates.Reissuing;

/// <summary>
/// The background job that reissues a scope's certificates batch by batch. Each batch commits its
/// certificates with the cursor and the counts; a second run of the same job (a retry, another
/// node, a restart) loses the race on the progress row and goes on from where the winner got.
/// </summary>
public sealed class CertificateReissuer(
    LearningDbContext db, ReissueScopes scopes, ReissuedCertificates certificates, AuditLog audit, TimeProvider clock, ILogger<CertificateReissuer> logger)
{
    // After this many failed attempts the reissue is marked failed, so the scope can be started again.
    private const int MaxFailures = 3;

    // A batch that keeps conflicting with other writers is not a race any more but a fault.
    private const int MaxConflicts = 5;

    public int BatchSize { get; set; } = 200;

    /// <summary>Called after each committed batch; lets a test stop the run half-way, as a crash would.</summary>
    public Action<int>? AfterBatch { get; set; }

    public async Task RunAsync(long reissueId, CancellationToken ct)
    {
        if (await BeginAsync(reissueId, ct) is not { } source)
        {
            return;
        }
        try
        {
            await BatchesAsync(reissueId, source, ct);
            await FinishAsync(reissueId, ReissueState.Finished, null, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (!await RecordFailureAsync(reissueId, e, ct))
            {
                throw;
            }
        }
    }

    /// <summary>Marks the reissue running; null when it is unknown or over, or its scope is gone (then it is marked failed).</summary>
    private async Task<ICertificateScopes?> BeginAsync(long id, CancellationToken ct)
    {
        var reissue = await ProgressAsync(id, ct);
        if (reissue is null || !reissue.IsActive)
        {
            return null;
        }
        if (await scopes.FindAsync(reissue.Scope, ct) is not { } owned)
        {
            await FinishAsync(id, ReissueState.Failed, $"no module offers the scope '{reissue.Scope}' any more", ct);
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<CertificateReissue>().Where(r => r.Id == id && r.State == ReissueState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReissueState.Running).SetProperty(r => r.StartedUtc, now), ct);
        return owned.Source;
    }

    private async Task BatchesAsync(long id, ICertificateScopes source, CancellationToken ct)
    {
        var (batches, conflicts) = (0, 0);
        while (await ProgressAsync(id, ct) is { IsActive: true } progress)
        {
            var batch = await source.NextBatchAsync(progress.Scope, progress.Cursor, BatchSize, ct);
            if (batch.Requests.Count == 0)
            {
                return;
            }
            var commit = await CommitAsync(id, progress.Cursor, batch, ct);
            conflicts = commit == Commit.Conflicted ? conflicts + 1 : 0;
            if (conflicts >= MaxConflicts)
            {
                throw new InvalidOperationException($"the batch after '{progress.Cursor}' conflicted {conflicts} times with other writers");
            }
            if (commit == Commit.Written)
            {
                AfterBatch?.Invoke(++batches);
            }
        }
    }

    private enum Commit
    {
        Written,
        Overtaken,
        Conflicted,
    }

    /// <summary>Writes one batch with its progress, or nothing at all when another writer got in between.</summary>
    private async Task<Commit> CommitAsync(long id, string from, CertificateBatch batch, CancellationToken ct)
    {
        var result = Commit.Overtaken;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                // A retried transaction starts from what the database says, not from the last attempt's changes.
                db.ChangeTracker.Clear();
                var progress = await db.Set<CertificateReissue>().FirstAsync(r => r.Id == id, ct);
                if (progress.Cursor == from && progress.IsActive)
                {
                    progress.Record(await certificates.ApplyAsync(batch.Requests, ct), batch.Cursor);
                    result = Commit.Written;
                }
            }, ct);
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run of the same reissue committed this batch first.
            return Commit.Overtaken;
        }
        catch (DbUpdateException)
        {
            // Most likely a learner's own completion issued one of these certificates in between; reading the batch again finds it.
            return Commit.Conflicted;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
    private Task<CertificateReissue?> ProgressAsync(long id, CancellationToken ct) =>
        db.Set<CertificateReissue>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    private async Task FinishAsync(long id, ReissueState state, string? error, CancellationToken ct)
    {
        var reissue = await db.Set<CertificateReissue>().FirstAsync(r => r.Id == id, ct);
        if (!reissue.IsActive)
        {
            return;
        }
        reissue.Finish(state, clock.GetUtcNow().UtcDateTime);
        reissue.LastError = error ?? reissue.LastError;
        audit.Record(state == ReissueState.Finished ? "certificates.reissued" : "certificates.reissue-failed", reissue.Scope,
            $"{reissue.Done} done: {reissue.Issued} issued, {reissue.Changed} changed, {reissue.Skipped} skipped");
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Reissue {Reissue} of {Scope} is {State}: {Done} done", id, reissue.Scope, state, reissue.Done);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run finished it, or got further and will finish it.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Keeps the error for the administrator; true when the reissue is given up (marked failed) rather than retried.</summary>
    private async Task<bool> RecordFailureAsync(long id, Exception error, CancellationToken ct)
    {
        logger.LogError(error, "Reissue {Reissue} failed", id);
        db.ChangeTracker.Clear();
        var message = error.Message.Length > 1000 ? error.Message[..1000] : error.Message;
        await db.Set<CertificateReissue>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Failures, r => r.Failures + 1).SetProperty(r => r.LastError, message), ct);
        if (await db.Set<CertificateReissue>().Where(r => r.Id == id).Select(r => r.Failures).FirstAsync(ct) < MaxFailures)
        {
            return false;
        }
        await FinishAsync(id, ReissueState.Failed, message, ct);
        return true;
    }
}
