using System.Net;
using System.Text.Json;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Courses;

public abstract class CatalogApiTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_catalog_is_public_json_with_filters()
    {
        using var all = JsonDocument.Parse(await site.Browser().GetStringAsync("/api/courses"));
        using var thai = JsonDocument.Parse(await site.Browser().GetStringAsync("/api/courses?lang=th&when=upcoming"));

        Assert.Contains(all.RootElement.EnumerateArray(), e => e.GetProperty("id").GetString() == "test-en");
        Assert.Equal(["test-th"], thai.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Progress_is_only_the_signed_in_learners_own()
    {
        var anonymous = await site.Browser().GetAsync("/api/courses/progress");
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, "api@example.org");
        await learner.SubmitAsync($"/en/courses/{CourseRecipe.Slug}", new Dictionary<string, string> { ["editionId"] = "test-en" }, "form[action*='handler=Enrol']");

        using var mine = JsonDocument.Parse(await learner.GetStringAsync("/api/courses/progress"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var row = Assert.Single(mine.RootElement.EnumerateArray());
        Assert.Equal("test-en", row.GetProperty("editionId").GetString());
        Assert.Equal(0, row.GetProperty("lessonsPercent").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await site.Browser().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/courses/progress", document);
        Assert.Contains("ListEditions", document);
    }
}

public sealed class SqliteCatalogApiTests(SqliteSite site) : CatalogApiTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCatalogApiTests(PostgresSite site) : CatalogApiTests<PostgresSite>(site);
