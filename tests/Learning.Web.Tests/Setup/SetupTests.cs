using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Recipes;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Setup;

public abstract class SetupTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task First_start_imports_ten_languages_roles_and_every_page_in_every_language()
    {
        var (languages, roles, pagesPerCulture) = await site.WithDbAsync(async db => (
            await db.Set<Language>().Select(l => l.Culture).ToListAsync(),
            await db.Roles.Select(r => r.Name!).ToListAsync(),
            await db.Set<ContentItemVersion>().Where(v => v.Published && v.ContentType == ContentTypes.Page)
                .GroupBy(v => v.Localization.Culture).Select(g => new { g.Key, Count = g.Count() }).ToListAsync()));

        Assert.Equal(["ar", "en", "es", "fr", "id", "pt", "ru", "th", "vi", "zh-Hans"], languages.Order(StringComparer.Ordinal));
        Assert.Contains(Learning.TideTurners.TideTurnersRoles.GroupLeader, roles);
        Assert.Contains(Learning.CleanSeas.CleanSeasRoles.CampaignModerator, roles);
        Assert.Equal(10, pagesPerCulture.Count);
        Assert.All(pagesPerCulture, p => Assert.Equal(6, p.Count));
    }

    [Fact]
    public async Task First_start_brings_the_mooc_in_ten_languages_with_real_lessons()
    {
        var page = await site.Browser().GetDocumentAsync("/ar/courses?lang=ar");
        var editions = await site.WithDbAsync(db => db.Set<Learning.Courses.Editions.Edition>().Select(e => e.Culture).ToListAsync());

        Assert.Equal(10, editions.Distinct().Count());
        var entry = Assert.Single(page.QuerySelectorAll(".catalog a"));
        Assert.Equal("ar", entry.GetAttribute("lang"));
        Assert.Equal("rtl", entry.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_second_start_imports_nothing()
    {
        using (var restarted = site.Restart())
        {
            await restarted.Browser().GetAsync("/en/");
        }

        var runs = await site.WithDbAsync(db => db.Set<RecipeRun>().CountAsync(r => r.IsSetup));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task The_administrator_signs_in_with_the_configured_password()
    {
        var client = site.Browser();

        await client.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        var admin = await client.GetAsync("/admin/jobs");
        Assert.Equal(System.Net.HttpStatusCode.OK, admin.StatusCode);
    }
}

public sealed class SqliteSetupTests(SqliteSite site) : SetupTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresSetupTests(PostgresSite site) : SetupTests<PostgresSite>(site);
