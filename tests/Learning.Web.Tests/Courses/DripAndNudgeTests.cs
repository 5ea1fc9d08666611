using System.Net;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Courses.Enrolments;
using Learning.Courses.Releases;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses;

public abstract class DripAndNudgeTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private static readonly string English = CourseRecipe.EditionId("en");

    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_unit_opens_in_its_week_and_its_learners_are_told_once()
    {
        var eightDaysAgo = DateTime.UtcNow.AddDays(-7).AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm");
        await CourseSite.ImportAsync(site, CourseRecipe.Json(englishReleaseAt: eightDaysAgo));
        await EnrolAsync("drip-1", daysAgo: 0);
        await EnrolAsync("drip-2", daysAgo: 0);

        var first = await RunAsync(sp => sp.GetRequiredService<UnitRelease>().RunAsync($"{English}-u2", CancellationToken.None));
        var second = await RunAsync(sp => sp.GetRequiredService<UnitRelease>().RunAsync($"{English}-u2", CancellationToken.None));

        Assert.True(first >= 2);
        Assert.Equal(0, second);
        Assert.Equal(2, await site.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith($"unit-release:{English}-u2:drip-"))));
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
    }

    [Fact]
    public async Task A_unit_that_opened_long_ago_opens_quietly()
    {
        await EnrolAsync("quiet-1", daysAgo: 0);

        var mailed = await RunAsync(sp => sp.GetRequiredService<UnitRelease>().RunAsync($"{English}-u2", CancellationToken.None));

        Assert.Equal(0, mailed);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith($"unit-release:{English}-u2:quiet-"))));
    }

    [Fact]
    public async Task A_unit_before_its_week_is_locked_and_its_job_waits()
    {
        var thaiNow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"));
        await CourseSite.ImportAsync(site, CourseRecipe.Json(thaiStatus: "released", thaiReleaseAt: thaiNow.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm")));
        var client = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, client, "early@example.org");
        await client.SubmitAsync($"/th/courses/{CourseRecipe.Slug}", new Dictionary<string, string> { ["editionId"] = "test-th" }, "form[action*='handler=Enrol']");

        var open = await client.GetAsync("/th/learning/test-th/lessons/test-th-u1-l1");
        var locked = await client.GetAsync("/th/learning/test-th/lessons/test-th-u2-l1");
        var early = await RunAsync(sp => sp.GetRequiredService<UnitRelease>().RunAsync("test-th-u2", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Equal(0, early);
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
    }

    [Fact]
    public async Task Learners_who_have_not_started_after_a_week_are_nudged_once()
    {
        await EnrolAsync("nudge-old", daysAgo: 10);
        await EnrolAsync("nudge-new", daysAgo: 1);

        var first = await RunAsync(sp => sp.GetRequiredService<LearnerNudge>().RunAsync(CancellationToken.None));
        var second = await RunAsync(sp => sp.GetRequiredService<LearnerNudge>().RunAsync(CancellationToken.None));

        var nudged = await site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.DedupKey.StartsWith("course-nudge:")).Select(m => m.To).ToListAsync());
        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal(["nudge-old@example.org"], nudged);
    }

    private Task<int> RunAsync(Func<IServiceProvider, Task<int>> job) => site.WithScopeAsync(job);

    private Task EnrolAsync(string userId, int daysAgo) => CourseSite.EnrolAsync(site, English, userId, daysAgo);
}

public sealed class SqliteDripAndNudgeTests(SqliteSite site) : DripAndNudgeTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresDripAndNudgeTests(PostgresSite site) : DripAndNudgeTests<PostgresSite>(site);
