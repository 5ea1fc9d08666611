using Learning.Core.Pages;
using System.Globalization;
using Learning.Core.Admin;
using Learning.Core.Cultures;
using Learning.Impact.Report;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Impact.Pages.Admin.Impact.Reports;

/// <summary>
/// Progress reports: ask for one (language, period, country), follow it being built in the
/// background, download it when ready. Every handler needs ReportImpact, the download included.
/// </summary>
[Authorize(Policy = ImpactPermissions.ReportImpactName)]
public sealed class IndexModel(ProgressReports reports, PoStringLocalizer t, TimeProvider clock) : SitePage
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public PageOf<ProgressReport> Reports { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Input = new ReportInput { Culture = CultureInfo.CurrentUICulture.Name, From = Iso(new DateOnly(today.Year, 1, 1)), To = Iso(today) };
        Input.Culture = ReportLanguages.IsSupported(Input.Culture) ? Input.Culture : "en";
        Reports = await reports.NewestAsync(P, Aborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Check(ModelState, s => t[s]) is not { } request)
        {
            Reports = await reports.NewestAsync(1, Aborted);
            return Invalid();
        }
        var report = await reports.RequestAsync(request, Aborted);
        return Done(t["The report is being built; it will be ready to download here in a moment."], ImpactAddresses.Report(report.Id));
    }

    public async Task<IActionResult> OnGetStatusAsync(long id) =>
        await reports.FindAsync(id, Aborted) is { } report ? new JsonResult(ReportStatus.Of(report)) : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(long id)
    {
        if (await reports.FindAsync(id, Aborted) is not { State: ReportState.Ready } report
            || await reports.PdfAsync(id, Aborted) is not { } pdf)
        {
            return NotFound();
        }
        return File(pdf, "application/pdf", report.FileName);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What a report's progress bar polls for.</summary>
public sealed record ReportStatus(long Id, string State, bool Finished, int StepsDone, int StepsTotal, int Percent, string? Download, string? Error)
{
    public static ReportStatus Of(ProgressReport r) =>
        new(r.Id, r.State.ToString(), !r.IsActive, r.StepsDone, r.StepsTotal, r.Percent,
            r.State == ReportState.Ready ? ImpactAddresses.ReportDownload(r.Id) : null, r.Error);
}
