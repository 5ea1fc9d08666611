using System.Net;
using System.Text.Json;
using Learning.Core.Audit;
using Learning.Core.Impact;
using Learning.Impact.Report;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Certificates;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Impact;

/// <summary>
/// The progress report from the administrator's form to the downloaded PDF: the job is run by
/// hand, twice, as an at-least-once queue may; the file's figures are those the sources give.
/// </summary>
public abstract class ReportJobTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private const string Page = "/admin/impact/reports";

    private static Dictionary<string, string> Form(string culture = "ar", string from = "2026-01-01", string to = "2026-12-31", string country = "") => new()
    {
        ["Input.Culture"] = culture, ["Input.From"] = from, ["Input.To"] = to, ["Input.Country"] = country,
    };

    [Fact]
    public async Task The_administrator_requests_a_report_and_downloads_it_with_the_sources_figures()
    {
        var client = await CertificateSite.AdministratorAsync(site);

        var requested = await client.SubmitAsync(Page, Form());

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var id = long.Parse(requested.Headers.Location!.OriginalString.Split("#report-")[1]);
        await RunJobAsync(id);
        var built = await ReportAsync(id);
        await RunJobAsync(id);
        var again = await ReportAsync(id);
        Assert.Equal((ReportState.Ready, built.StepsTotal, built.FinishedUtc), (again.State, again.StepsDone, again.FinishedUtc));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<ProgressReportPdf>().CountAsync(p => p.ReportId == id)));
        Assert.True(await site.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a =>
            a.Action == "impact.report-requested" && a.Subject == $"progress-report:{id}" && a.Actor == SiteFactory.AdminEmail)));

        var download = await client.GetAsync($"{Page}?handler=download&id={id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("progress-report-2026-01-01-2026-12-31-ar.pdf", download.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var text = ReportRenderingTests.AllText(await download.Content.ReadAsByteArrayAsync());
        foreach (var expected in await ExpectedTextsAsync(new ImpactFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null), "ar"))
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public async Task The_list_shows_a_progress_bar_while_building_and_a_download_link_when_ready()
    {
        var client = await CertificateSite.AdministratorAsync(site);
        var queued = await InsertAsync(new ProgressReport { Culture = "th", State = ReportState.Building, StepsDone = 1, StepsTotal = 4 });

        var building = await client.GetDocumentAsync(Page);
        var status = JsonDocument.Parse(await client.GetStringAsync($"{Page}?handler=status&id={queued}")).RootElement;

        Assert.NotNull(building.QuerySelector($"#report-{queued} progress[value='25']"));
        Assert.Equal((false, 25), (status.GetProperty("finished").GetBoolean(), status.GetProperty("percent").GetInt32()));
        await RunJobAsync(queued);
        var ready = await client.GetDocumentAsync(Page);
        Assert.NotNull(ready.QuerySelector($"#report-{queued} a[href='{Page}?handler=download&id={queued}']"));
    }

    [Fact]
    public async Task A_report_whose_job_crashed_half_way_is_built_again_from_the_start()
    {
        // What a crash leaves: running, part of the steps counted, no file.
        var crashed = await InsertAsync(new ProgressReport { Culture = "zh-Hans", Country = "CN", State = ReportState.Building, StepsDone = 1, StepsTotal = 9 });

        await RunJobAsync(crashed);

        var report = await ReportAsync(crashed);
        var steps = await site.WithScopeAsync(sp => Task.FromResult(sp.GetServices<IImpactSource>().Count() + 1));
        Assert.Equal((ReportState.Ready, steps, steps), (report.State, report.StepsDone, report.StepsTotal));
        var pdf = await site.WithDbAsync(db => db.Set<ProgressReportPdf>().SingleAsync(p => p.ReportId == crashed));
        Assert.Contains(ReportSamples.Language("zh-Hans").CountryName("CN"), ReportRenderingTests.AllText(pdf.Content));
    }

    public static TheoryData<string, string, string, string, string> BadForms => new()
    {
        { "xx", "2026-01-01", "2026-12-31", "", "Choose one of the listed languages." },
        { "ar", "31/12/2026", "2026-12-31", "", "Enter a date like 2030-01-31." },
        { "ar", "", "2026-12-31", "", "Enter a date." },
        { "th", "2026-12-31", "2026-01-01", "", "The period ends on or after the day it starts." },
        { "th", "2026-01-01", "2026-12-31", "Kenya", "Enter a two-letter country code such as KE, or leave it empty." },
        { "th", "2026-01-01", "2026-12-31", "ZZ", "Enter a two-letter country code such as KE, or leave it empty." },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task A_bad_form_is_refused_with_its_reason_and_nothing_is_written(string culture, string from, string to, string country, string reason)
    {
        var client = await CertificateSite.AdministratorAsync(site);
        var before = await site.WithDbAsync(db => db.Set<ProgressReport>().CountAsync());

        var response = await client.SubmitAsync(Page, Form(culture, from, to, country));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main form")!.TextContent);
        Assert.Equal(before, await site.WithDbAsync(db => db.Set<ProgressReport>().CountAsync()));
    }

    [Theory]
    [InlineData(Page)]
    [InlineData(Page + "?handler=status&id=1")]
    [InlineData(Page + "?handler=download&id=1")]
    public async Task A_learner_is_turned_away_and_a_visitor_sent_to_sign_in(string url)
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, $"report-learner-{Math.Abs(url.GetHashCode())}@example.org");

        var turnedAway = await learner.GetAsync(url);
        var visitor = await site.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, turnedAway.StatusCode);
        Assert.Contains("access-denied", turnedAway.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("sign-in", visitor.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_learner_cannot_request_a_report()
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, "report-learner-post@example.org");
        var before = await site.WithDbAsync(db => db.Set<ProgressReport>().CountAsync());

        var response = await learner.PostWithTokenAsync("/en/learning", Page, Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await site.WithDbAsync(db => db.Set<ProgressReport>().CountAsync()));
    }

    /// <summary>Every label and figure the registered sources give for the filter, as the report's language writes them.</summary>
    private async Task<List<string>> ExpectedTextsAsync(ImpactFilter filter, string culture)
    {
        var sections = await site.WithScopeAsync(async sp =>
        {
            var measured = new List<ImpactSection>();
            foreach (var source in sp.GetServices<IImpactSource>().OrderBy(s => s.Order))
            {
                measured.Add(await source.MeasureAsync(filter));
            }
            return measured;
        });
        var language = await site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ReportLanguages>().For(culture)));
        Assert.Contains(sections, s => s.Key == "site-languages");
        return sections.SelectMany(s => s.Headlines.Select(h => language.Number(h.Value))
                .Concat(s.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Values.Select(language.Number).Append(language.Label(t.RowsAre, r.Key)))))
                .Append(language.Text(s.Title)))
            // A line that mixes Arabic with Latin letters or brackets is drawn in visual order, which the
            // PDF's text keeps, so it is looked for word by word.
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('(', ')', ':', '·').Normalize(System.Text.NormalizationForm.FormC)).Where(w => w.Length > 0).ToList();
    }

    /// <summary>Runs the job as Hangfire would, in a scope of its own.</summary>
    private Task RunJobAsync(long id) => site.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<ProgressReportBuilder>().RunAsync(id, CancellationToken.None);
        return 0;
    });

    private Task<ProgressReport> ReportAsync(long id) => site.WithDbAsync(db => db.Set<ProgressReport>().AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>A report written straight to the table, without a queued job, so the test alone runs it.</summary>
    private Task<long> InsertAsync(ProgressReport report) => site.WithDbAsync(async db =>
    {
        (report.RequestedBy, report.From, report.To, report.CreatedUtc) = ("test", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), DateTime.UtcNow);
        db.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });
}

public sealed class SqliteReportJobTests(ReportSqliteSite site) : ReportJobTests<ReportSqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresReportJobTests(ReportPostgresSite site) : ReportJobTests<ReportPostgresSite>(site);
