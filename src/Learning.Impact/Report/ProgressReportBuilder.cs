using Learning.Core.Data;
using Learning.Core.Impact;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learning.Impact.Report;

/// <summary>
/// The background job that builds a report: one step per programme's figures, one for the PDF.
/// It may run more than once (a retry, another node, a restart): a built or abandoned report is
/// left alone, a crashed one starts over, and of two runs at once only the first file is kept.
/// </summary>
public sealed class ProgressReportBuilder(
    LearningDbContext db, IEnumerable<IImpactSource> sources, ReportLanguages languages, ReportRenderer renderer, TimeProvider clock,
    ILogger<ProgressReportBuilder> logger)
{
    // After this many failed attempts the report is marked failed, so its requester can ask again.
    private const int MaxFailures = 3;

    public async Task RunAsync(long reportId, CancellationToken ct)
    {
        var report = await db.Set<ProgressReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is not { IsActive: true })
        {
            return;
        }
        try
        {
            var sections = await MeasureAsync(report, ct);
            var pdf = renderer.Render(new ReportContent(languages.For(report.Culture), report.From, report.To, report.Country, sections));
            await StoreAsync(reportId, pdf, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (!await RecordFailureAsync(reportId, e, ct))
            {
                throw;
            }
        }
    }

    /// <summary>Asks every programme for its figures, in their order, counting a step for each.</summary>
    private async Task<List<ImpactSection>> MeasureAsync(ProgressReport report, CancellationToken ct)
    {
        var ordered = sources.OrderBy(s => s.Order).ToList();
        // A run after a crash starts the count again: nothing of the last run's figures is kept.
        await Active(report.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, ReportState.Building).SetProperty(r => r.StepsDone, 0).SetProperty(r => r.StepsTotal, ordered.Count + 1), ct);
        var filter = new ImpactFilter(report.From, report.To, report.Country);
        var sections = new List<ImpactSection>();
        foreach (var source in ordered)
        {
            sections.Add(await source.MeasureAsync(filter, ct));
            var done = sections.Count;
            await Active(report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.StepsDone, done), ct);
        }
        return sections;
    }

    /// <summary>Keeps the file and marks the report ready together; a run that comes second keeps nothing.</summary>
    private async Task StoreAsync(long id, byte[] pdf, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.InTransactionAsync(async () =>
            {
                db.ChangeTracker.Clear();
                db.Add(new ProgressReportPdf { ReportId = id, Content = pdf });
                await db.SaveChangesAsync(ct);
                await Active(id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReportState.Ready)
                    .SetProperty(r => r.StepsDone, r => r.StepsTotal).SetProperty(r => r.FinishedUtc, now).SetProperty(r => r.Error, (string?)null), ct);
            }, ct);
            logger.LogInformation("Progress report {Report} is ready: {Bytes} bytes", id, pdf.Length);
        }
        catch (DbUpdateException)
        {
            // The file's key is the report's: another run of the same job stored it first.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Keeps the error for the requester; true when the report is given up (marked failed) rather than retried.</summary>
    private async Task<bool> RecordFailureAsync(long id, Exception error, CancellationToken ct)
    {
        logger.LogError(error, "Progress report {Report} failed", id);
        db.ChangeTracker.Clear();
        var message = error.Message.Length > 1000 ? error.Message[..1000] : error.Message;
        await Active(id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Failures, r => r.Failures + 1).SetProperty(r => r.Error, message), ct);
        if (await db.Set<ProgressReport>().Where(r => r.Id == id).Select(r => r.Failures).FirstAsync(ct) < MaxFailures)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await Active(id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReportState.Failed).SetProperty(r => r.FinishedUtc, now), ct);
        return true;
    }

    private IQueryable<ProgressReport> Active(long id) =>
        db.Set<ProgressReport>().Where(r => r.Id == id && (r.State == ReportState.Queued || r.State == ReportState.Building));
}
