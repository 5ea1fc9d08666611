using Hangfire;
using Learning.Core.Admin;
using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Impact.Report;

/// <summary>A report someone asks for: the language, the period (both days included) and, if any, the country.</summary>
public sealed record ReportRequest(string Culture, DateOnly From, DateOnly To, string? Country);

/// <summary>Records requested reports, queues their building and finds them again.</summary>
public sealed class ProgressReports(LearningDbContext db, IBackgroundJobClient jobs, AuditLog audit, TimeProvider clock)
{
    /// <summary>Records the report, with who asked for it in the audit log, and queues its job.</summary>
    public async Task<ProgressReport> RequestAsync(ReportRequest request, CancellationToken ct = default)
    {
        var report = new ProgressReport
        {
            RequestedBy = Shorten(audit.CurrentActor, 256), Culture = request.Culture, From = request.From, To = request.To,
            Country = request.Country, State = ReportState.Queued, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        // The audit entry names the report, so it needs its id; both commit or neither.
        await db.InTransactionAsync(async () =>
        {
            db.Add(report);
            await db.SaveChangesAsync(ct);
            audit.Record("impact.report-requested", $"progress-report:{report.Id}",
                $"{report.Culture} {report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd} {report.Country ?? "all countries"}");
        }, ct);
        Enqueue(report.Id);
        return report;
    }

    public void Enqueue(long id) => jobs.Enqueue<ProgressReportBuilder>(b => b.RunAsync(id, CancellationToken.None));

    public Task<ProgressReport?> FindAsync(long id, CancellationToken ct = default) =>
        db.Set<ProgressReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The built file of a ready report, or null while it is not ready.</summary>
    public Task<byte[]?> PdfAsync(long id, CancellationToken ct = default) =>
        db.Set<ProgressReportPdf>().AsNoTracking().Where(p => p.ReportId == id).Select(p => p.Content).FirstOrDefaultAsync(ct);

    public Task<PageOf<ProgressReport>> NewestAsync(int page, CancellationToken ct = default) =>
        db.Set<ProgressReport>().AsNoTracking().OrderByDescending(r => r.Id).PageAsync(page, ct);

    private static string Shorten(string text, int length) => text.Length > length ? text[..length] : text;
}
