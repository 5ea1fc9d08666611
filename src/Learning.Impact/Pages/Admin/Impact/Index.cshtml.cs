using Learning.Core.Tables;
using Learning.Impact.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Learning.Core.Cultures.UiText;

namespace Learning.Impact.Pages.Admin.Impact;

/// <summary>The dashboard for programme staff, with every table as CSV and as an Excel workbook for the same filter.</summary>
[Authorize(Policy = ImpactPermissions.ReportImpactName)]
public sealed class IndexModel(ImpactDashboard dashboard, ImpactLabels labels) : DashboardPage(dashboard)
{
    public async Task OnGetAsync(string? from, string? to, string? country) => await LoadAsync(from, to, country);

    public async Task<IActionResult> OnGetCsvAsync(string? from, string? to, string? country) =>
        await LoadAsync(from, to, country) ? File(Csv.Write(Download()), "text/csv; charset=utf-8", "impact.csv") : Page();

    public async Task<IActionResult> OnGetXlsxAsync(string? from, string? to, string? country) =>
        await LoadAsync(from, to, country) ? File(await Xlsx.WriteAsync(Download(), labels.Text(Msgid("Impact")), HttpContext.RequestAborted), Xlsx.MediaType, "impact.xlsx") : Page();

    private Table Download() => ImpactDownload.Of(View.Sections, labels);
}
