using Hangfire;
using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Reissuing;

/// <summary>Starts reissues from the admin area, one at a time per scope, and finds them again.</summary>
public sealed class Reissues(LearningDbContext db, ReissueScopes scopes, IBackgroundJobClient jobs, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Records the reissue and queues its job; when one is already queued or running for the scope,
    /// returns that one with <c>Started</c> false. Null when no module offers the scope.
    /// </summary>
    public async Task<(CertificateReissue Reissue, bool Started)?> StartAsync(string scope, CancellationToken ct = default)
    {
        if (await RequestAsync(scope, ct) is not { } requested)
        {
            return null;
        }
        if (requested.Started)
        {
            Enqueue(requested.Reissue.Id);
        }
        return requested;
    }

    /// <summary>Records the reissue without queuing its job (<see cref="StartAsync"/> queues it).</summary>
    public async Task<(CertificateReissue Reissue, bool Started)?> RequestAsync(string scope, CancellationToken ct = default)
    {
        if (await scopes.FindAsync(scope, ct) is not { } owned)
        {
            return null;
        }
        var (found, source) = owned;
        if (await ActiveAsync(scope, ct) is { } running)
        {
            return (running, false);
        }
        var reissue = new CertificateReissue
        {
            Scope = found.Key, ScopeTitle = Shorten(found.Title, 300), ActiveScope = found.Key, RequestedBy = Shorten(audit.CurrentActor, 256),
            RequestedUtc = clock.GetUtcNow().UtcDateTime, State = ReissueState.Queued, Total = await source.CountAsync(scope, ct),
        };
        db.Add(reissue);
        audit.Record("certificates.reissue-requested", found.Key, $"{found.Title}: {reissue.Total}");
        try
        {
            await db.SaveChangesAsync(ct);
            return (reissue, true);
        }
        catch (DbUpdateException)
        {
            // Another administrator started the same scope at the same moment; theirs is the one.
            db.ChangeTracker.Clear();
            return await ActiveAsync(scope, ct) is { } other ? (other, false) : throw new InvalidOperationException($"the reissue of '{scope}' could not be recorded");
        }
    }

    public void Enqueue(long id) => jobs.Enqueue<CertificateReissuer>(r => r.RunAsync(id, CancellationToken.None));

    public Task<CertificateReissue?> FindAsync(long id, CancellationToken ct = default) =>
        db.Set<CertificateReissue>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<List<CertificateReissue>> RecentAsync(int count, CancellationToken ct = default) =>
        db.Set<CertificateReissue>().AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync(ct);

    private Task<CertificateReissue?> ActiveAsync(string scope, CancellationToken ct) =>
        db.Set<CertificateReissue>().AsNoTracking().FirstOrDefaultAsync(r => r.ActiveScope == scope, ct);

    private static string Shorten(string text, int length) => text.Length > length ? text[..length] : text;
}
