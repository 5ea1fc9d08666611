using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Courses;

public abstract class RunCopyTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task The_next_run_is_a_draft_copy_of_the_last_one_a_year_later()
    {
        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var response = await admin.SubmitAsync("/admin/courses", new Dictionary<string, string>(), "form[action*='handler=CopyRun']");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var (run, editions, units) = await site.WithDbAsync(async db => (
            await db.Set<Run>().SingleAsync(r => r.Number == 5),
            await db.Set<Edition>().Where(e => e.RunId == "mooc-run-5").ToListAsync(),
            await db.Set<Unit>().CountAsync(u => u.EditionId.StartsWith("mooc-run-5-"))));
        Assert.Equal(new DateOnly(2021, 10, 26), run.StartsOn);
        Assert.Equal(10, editions.Count);
        Assert.All(editions, e => Assert.Equal(EditionStatus.Draft, e.Status));
        Assert.Contains(editions, e => e.Id == "mooc-run-5-leadership-ar");
        Assert.Equal(39, units);
    }
}

public sealed class SqliteRunCopyTests(SqliteSite site) : RunCopyTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresRunCopyTests(PostgresSite site) : RunCopyTests<PostgresSite>(site);
