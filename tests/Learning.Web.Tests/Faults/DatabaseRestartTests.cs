using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Learning.Impact.Report;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Certificates;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Faults;

/// <summary>A site on a PostgreSQL server of its own, with an SMTP server, for one restart of that PostgreSQL.</summary>
public sealed class DatabaseRestartFixture : IDisposable
{
    public DatabaseRestartFixture()
    {
        Server = new OwnPostgres();
        Site = new OwnPostgresSite(Server);
        Smtp.Use(Site);
        foreach (var (key, value) in Faults.QuickRecovery)
        {
            Site.Settings[key] = value;
        }
    }

    public OwnPostgres Server { get; }

    public OwnPostgresSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        Server.Dispose();
    }
}

/// <summary>
/// PostgreSQL stops under traffic and comes back: meanwhile every request gets a 503 page in its
/// language (never a 500), /health says so, and afterwards the same web process serves again and
/// runs the jobs that were queued before the stop.
/// </summary>
[Trait("Category", "Faults")]
[Trait("Category", "Postgres")]
public sealed partial class DatabaseRestartTests(DatabaseRestartFixture fixture, ITestOutputHelper output) : IClassFixture<DatabaseRestartFixture>
{
    private const string LearnerEmail = "restart-learner@example.org";
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(45);
    private static readonly string[] MustReachTheDatabase = ["learner-es", "admin-en", "form-zh"];

    private SiteFactory Site => fixture.Site;

    [GeneratedRegex("<html lang=\"([^\"]+)\"")]
    private static partial Regex HtmlLanguage();

    [Fact]
    public async Task The_site_answers_503_while_PostgreSQL_is_down_and_recovers_by_itself_without_losing_jobs()
    {
        var visitors = await VisitorsAsync();
        var admin = await CertificateSite.AdministratorAsync(Site);
        await using var traffic = new Traffic(visitors);
        traffic.Start();
        Assert.True(await traffic.WaitForAsync(traffic.Names, TimeSpan.Zero, a => a.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30)), Summary(traffic));

        var reportId = await RequestReportAsync(admin);
        await RequestPasswordResetAsync();
        fixture.Server.Stop();
        var stopped = traffic.Now;

        var failedCleanly = await traffic.WaitForAsync(MustReachTheDatabase, stopped, a => a.Status == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(40));
        var healthWhileDown = await Site.Browser().GetAsync("/health");
        fixture.Server.Start();
        var restarted = traffic.Now;
        var recovered = await traffic.WaitForAsync(traffic.Names, restarted, a => a.Status == HttpStatusCode.OK, RecoveryBound);
        var recoveredAfter = traffic.Now - restarted;
        await traffic.DisposeAsync();

        output.WriteLine($"down {restarted - stopped:g}, every visitor served again within {recoveredAfter:g}\n{Summary(traffic)}");
        Assert.True(failedCleanly, "not every visitor that needs the database got a 503 while it was down\n" + Summary(traffic));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthWhileDown.StatusCode);
        Assert.Contains("Unhealthy", await healthWhileDown.Content.ReadAsStringAsync());
        Assert.True(recovered, $"not every visitor was served again within {RecoveryBound}\n{Summary(traffic)}");
        AssertEveryAnswerIsCleanAndInItsLanguage(traffic);
        Assert.Equal(HttpStatusCode.OK, (await Site.Browser().GetAsync("/health")).StatusCode);
        await AssertQueuedJobsRanAsync(reportId, traffic, restarted);
    }

    private static void AssertEveryAnswerIsCleanAndInItsLanguage(Traffic traffic)
    {
        foreach (var answer in traffic.Answers)
        {
            Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, Describe(answer));
            if (answer.Status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.True(answer.RetryAfter is { Length: > 0 }, "no Retry-After: " + Describe(answer));
                Assert.Equal(answer.Culture, HtmlLanguage().Match(answer.Body).Groups[1].Value);
                Assert.Contains("<h1>", answer.Body);
                Assert.DoesNotContain("Exception", answer.Body);
            }
        }
    }

    private async Task AssertQueuedJobsRanAsync(long reportId, Traffic clock, TimeSpan restarted)
    {
        for (var waited = 0; waited < 90 && !await ReportReadyAsync(reportId); waited++)
        {
            await Task.Delay(1000);
        }
        Assert.True(await ReportReadyAsync(reportId), "the progress report queued before the stop was not built after the restart");
        output.WriteLine($"the report queued before the stop was ready {clock.Now - restarted:g} after the restart");
        var link = await WaitForResetLinkAsync();
        Assert.True(link, "the password reset e-mail queued before the stop did not reach the SMTP server");
        output.WriteLine($"the e-mail queued before the stop was at the SMTP server {clock.Now - restarted:g} after the restart");
        Assert.NotEmpty(Site.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers());
    }

    private Task<bool> ReportReadyAsync(long id) =>
        Site.WithDbAsync(db => db.Set<ProgressReport>().AnyAsync(r => r.Id == id && r.State == ReportState.Ready));

    private async Task<bool> WaitForResetLinkAsync()
    {
        for (var waited = 0; waited < 90; waited++)
        {
            if (AccountFlows.MessagesTo(Site, LearnerEmail).Any(m => (m.TextBody ?? "").Contains("/account/reset-password?")))
            {
                return true;
            }
            await Task.Delay(1000);
        }
        return false;
    }

    private async Task<long> RequestReportAsync(HttpClient admin)
    {
        var requested = await admin.SubmitAsync("/admin/impact/reports", new Dictionary<string, string>
        {
            ["Input.Culture"] = "fr", ["Input.From"] = "2026-01-01", ["Input.To"] = "2026-12-31", ["Input.Country"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        return long.Parse(requested.Headers.Location!.OriginalString.Split("#report-")[1]);
    }

    private async Task RequestPasswordResetAsync()
    {
        var response = await Site.Browser().SubmitAsync("/en/account/forgot-password", new Dictionary<string, string> { ["Email"] = LearnerEmail });
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString());
    }

    /// <summary>Public pages (an address of its own each time, so the output cache cannot answer), a learner, an administrator and a form.</summary>
    private async Task<List<Visitor>> VisitorsAsync()
    {
        var anonymous = Site.Browser();
        var learner = Site.Browser();
        await AccountFlows.RegisterConfirmedAsync(Site, learner, LearnerEmail);
        var admin = await CertificateSite.AdministratorAsync(Site);
        var form = Site.Browser();
        var signIn = await form.GetDocumentAsync("/zh-Hans/account/sign-in");
        var token = signIn.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var n = 0;
        return
        [
            new("home-fr", "fr", () => anonymous.GetAsync($"/fr/?visit={Interlocked.Increment(ref n)}")),
            new("content-ar", "ar", () => anonymous.GetAsync($"/ar/about?visit={Interlocked.Increment(ref n)}")),
            new("content-th", "th", () => anonymous.GetAsync("/th/about")),
            new("learner-es", "es", () => learner.GetAsync("/es/learning")),
            new("admin-en", "en", () => admin.GetAsync("/admin/users")),
            new("form-zh", "zh-Hans", () => form.PostAsync("/zh-Hans/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "not-the-password", ["__RequestVerificationToken"] = token,
            }))),
        ];
    }

    private static string Summary(Traffic traffic) =>
        string.Join("\n", traffic.Answers.GroupBy(a => (a.Visitor, a.Status)).OrderBy(g => g.Key.Visitor)
            .Select(g => $"{g.Key.Visitor} {(int)g.Key.Status}: {g.Count()} (first at {g.Min(a => a.Started):g}, last at {g.Max(a => a.Ended):g})"));

    private static string Describe(Answer answer) =>
        $"{answer.Visitor} {(int)answer.Status} at {answer.Started:g}: {(answer.Body.Length > 2000 ? answer.Body[..2000] : answer.Body)}";
}
