using System.Net;
using System.Text.Json;
using Learning.Certificates.Issuing;
using Learning.Certificates.Reissuing;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Web.Tests.Faults;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Certificates;

public abstract class CertificateReissueTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private Task<CertificateReissue> RequestAsync(CompletedRun run) =>
        CertificateSite.WithServiceAsync<CertificateReissue, Reissues>(site, async r => (await r.RequestAsync(run.Scope))!.Value.Reissue);

    /// <summary>Runs the job as Hangfire would, in a scope of its own; <paramref name="crashAfter"/> batches stops it as a crash would.</summary>
    private Task RunJobAsync(long id, int batchSize, int? crashAfter = null) => site.WithScopeAsync(async sp =>
    {
        var reissuer = sp.GetRequiredService<CertificateReissuer>();
        reissuer.BatchSize = batchSize;
        reissuer.AfterBatch = n =>
        {
            if (n == crashAfter)
            {
                throw new InvalidOperationException("simulated crash");
            }
        };
        await reissuer.RunAsync(id, CancellationToken.None);
        return 0;
    });

    private Task<CertificateReissue> ProgressAsync(long id) => site.WithDbAsync(db => db.Set<CertificateReissue>().AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<List<Certificate>> CertificatesAsync(CompletedRun run) => site.WithDbAsync(db =>
    {
        var keys = run.Enrolments.Select(e => $"mooc-enrolment:{e}").ToList();
        return db.Set<Certificate>().AsNoTracking().Where(c => keys.Contains(c.SubjectKey)).OrderBy(c => c.Id).ToListAsync();
    });

    private Task RenameAsync(CompletedRun run, string course, string learnerName) => site.WithDbAsync(async db =>
    {
        var stored = await db.Set<Course>().SingleAsync(c => c.Id == run.CourseId);
        stored.Titles = new Dictionary<string, string> { ["en"] = course };
        (await db.Users.SingleAsync(u => u.Id == run.Users[0])).DisplayName = learnerName;
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Reissuing_a_run_updates_names_and_titles_keeps_codes_issues_the_missing_and_leaves_revoked_ones()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "update", 5);
        var issued = new[] { await CertificateSite.IssueAsync(site, run, 0), await CertificateSite.IssueAsync(site, run, 1), await CertificateSite.IssueAsync(site, run, 2) };
        await CertificateSite.WithServiceAsync<int, ICertificateIssuer>(site, async i => { await i.RevokeAsync(issued[2].Code, "withdrawn", "test"); return 0; });
        await RenameAsync(run, "Marine Litter, second edition", "Ana María Pérez");
        var reissue = await RequestAsync(run);

        await RunJobAsync(reissue.Id, batchSize: 2);

        var progress = await ProgressAsync(reissue.Id);
        Assert.Equal((ReissueState.Finished, 5, 5, 2, 2, 1), (progress.State, progress.Total, progress.Done, progress.Issued, progress.Changed, progress.Skipped));
        Assert.Null(progress.ActiveScope);
        var certificates = (await CertificatesAsync(run)).ToDictionary(c => c.SubjectKey);
        Assert.Equal(5, certificates.Count);
        var first = certificates[run.SubjectKey(0)];
        Assert.Equal((issued[0].Code, "Ana María Pérez", "Marine Litter, second edition", 1), (first.Code, first.HolderName, first.CourseTitle, first.Revision));
        Assert.NotNull(first.ReissuedUtc);
        Assert.Equal((issued[1].Code, "Marine Litter, second edition"), (certificates[run.SubjectKey(1)].Code, certificates[run.SubjectKey(1)].CourseTitle));
        var revoked = certificates[run.SubjectKey(2)];
        Assert.Equal((true, "Course update", 0), (revoked.IsRevoked, revoked.CourseTitle, revoked.Revision));
        Assert.Equal("Marine Litter, second edition", certificates[run.SubjectKey(4)].CourseTitle);
    }

    [Fact]
    public async Task A_reissue_that_crashed_half_way_resumes_where_it_stopped_without_counting_twice()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "crash", 5);
        var reissue = await RequestAsync(run);

        await Assert.ThrowsAsync<InvalidOperationException>(() => RunJobAsync(reissue.Id, batchSize: 2, crashAfter: 1));
        var halfWay = await ProgressAsync(reissue.Id);
        Assert.Equal((ReissueState.Running, 2, 2, 1), (halfWay.State, halfWay.Done, (await CertificatesAsync(run)).Count, halfWay.Failures));

        await RunJobAsync(reissue.Id, batchSize: 2);
        await RunJobAsync(reissue.Id, batchSize: 2);

        var finished = await ProgressAsync(reissue.Id);
        Assert.Equal((ReissueState.Finished, 5, 5, 5), (finished.State, finished.Total, finished.Done, finished.Issued));
        var certificates = await CertificatesAsync(run);
        Assert.Equal(5, certificates.Select(c => c.SubjectKey).Distinct().Count());
        Assert.Equal(5, certificates.Count);
    }

    [Fact]
    [RunsTwice(typeof(CertificateReissuer))]
    public async Task Two_runs_of_the_same_job_at_once_count_every_certificate_once()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "twice", 6);
        await CertificateSite.IssueAsync(site, run, 0);
        await RenameAsync(run, "Renamed while twice", "Renamed learner");
        var reissue = await RequestAsync(run);

        await Task.WhenAll(RunJobAsync(reissue.Id, batchSize: 1), RunJobAsync(reissue.Id, batchSize: 1));

        var finished = await ProgressAsync(reissue.Id);
        Assert.Equal((ReissueState.Finished, 6, 5, 1), (finished.State, finished.Done, finished.Issued, finished.Changed));
        Assert.Equal(6, (await CertificatesAsync(run)).Count);
    }

    [Fact]
    public async Task A_second_reissue_of_an_unchanged_run_changes_nothing()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "again", 3);
        await RunJobAsync((await RequestAsync(run)).Id, batchSize: 2);
        var codes = (await CertificatesAsync(run)).Select(c => c.Code).ToList();

        var second = await RequestAsync(run);
        await RunJobAsync(second.Id, batchSize: 2);

        var progress = await ProgressAsync(second.Id);
        Assert.Equal((ReissueState.Finished, 3, 0, 0), (progress.State, progress.Done, progress.Issued, progress.Changed));
        Assert.Equal(codes, (await CertificatesAsync(run)).Select(c => c.Code).ToList());
    }

    [Fact]
    public async Task The_administrator_confirms_starts_and_follows_a_reissue_to_the_end()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "page", 3);
        var client = await CertificateSite.AdministratorAsync(site);
        var page = await client.GetDocumentAsync("/admin/certificates/reissue");
        Assert.Contains("Course page — run 1", page.QuerySelector("select[name=scope]")!.TextContent);

        var confirm = await client.SubmitAsync(page, "/admin/certificates/reissue", new Dictionary<string, string> { ["scope"] = run.Scope });
        var confirmation = Infrastructure.Pages.Parse(await confirm.Content.ReadAsStringAsync());
        Assert.Contains("3 completions", confirmation.QuerySelector("main form")!.TextContent);
        var started = await client.SubmitAsync(confirmation, "/admin/certificates/reissue", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var progressPage = started.Headers.Location!.OriginalString;
        Assert.NotNull((await client.GetDocumentAsync(progressPage)).QuerySelector("progress#reissue-progress"));
        var status = await FinishedStatusAsync(client, progressPage);
        Assert.Equal((3, 3, 100), (status.GetProperty("total").GetInt32(), status.GetProperty("done").GetInt32(), status.GetProperty("percent").GetInt32()));
        Assert.Equal(3, (await CertificatesAsync(run)).Count);
    }

    [Fact]
    public async Task Starting_a_scope_that_is_being_reissued_shows_that_one_instead_of_starting_a_second()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "busy", 2);
        var queued = await RequestAsync(run);
        var client = await CertificateSite.AdministratorAsync(site);

        var response = await client.PostWithTokenAsync("/admin/certificates/reissue", "/admin/certificates/reissue?handler=Start", new Dictionary<string, string> { ["scope"] = run.Scope });

        Assert.Equal($"/admin/certificates/reissue/{queued.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<CertificateReissue>().CountAsync(r => r.Scope == run.Scope)));
    }

    [Fact]
    public async Task A_forged_scope_is_refused_and_nothing_is_started()
    {
        var client = await CertificateSite.AdministratorAsync(site);
        var before = await site.WithDbAsync(db => db.Set<CertificateReissue>().CountAsync());

        var response = await client.PostWithTokenAsync("/admin/certificates/reissue", "/admin/certificates/reissue?handler=Start", new Dictionary<string, string> { ["scope"] = "course-run:no-such-run" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a group of certificates", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await site.WithDbAsync(db => db.Set<CertificateReissue>().CountAsync()));
    }

    private static async Task<JsonElement> FinishedStatusAsync(HttpClient client, string progressPage)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var response = await client.GetAsync($"{progressPage}?handler=status");
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (status.GetProperty("finished").GetBoolean())
            {
                return status;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{progressPage} did not finish");
    }
}

public sealed class SqliteCertificateReissueTests(SqliteSite site) : CertificateReissueTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCertificateReissueTests(PostgresSite site) : CertificateReissueTests<PostgresSite>(site);
