using System.Net;
using Learning.Core.Content;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Content;

public abstract class ContentPageTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_page_renders_in_the_requested_language()
    {
        var page = await site.Browser().GetDocumentAsync("/fr/a-propos");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("14.1", page.QuerySelector("main article")!.TextContent);
    }

    [Fact]
    public async Task A_page_without_a_translation_says_so_and_offers_its_languages()
    {
        var page = await site.Browser().GetDocumentAsync("/th/news/mooc-fourth-run", HttpStatusCode.NotFound);

        Assert.Equal("th", page.DocumentElement.GetAttribute("lang"));
        var offered = page.QuerySelectorAll("main ul a").Select(a => a.GetAttribute("hreflang")).ToList();
        Assert.Equal(["en", "es", "fr"], offered.Order());
        Assert.Equal("/fr/news/mooc-quatrieme-session", page.QuerySelector("main ul a[hreflang=fr]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_slug_from_another_language_leads_to_the_translation()
    {
        var response = await site.Browser().GetAsync("/es/about");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/es/acerca-de", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task What_an_editor_writes_is_sanitised()
    {
        await SaveAsync("page-xss-en", "xss", "Hello <script>alert(1)</script> [click](javascript:alert(2)) **bold**", publish: true);

        var html = await (await site.Browser().GetAsync("/en/xss")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<strong>bold</strong>", html);
    }

    [Fact]
    public async Task Saving_keeps_every_version_and_a_draft_does_not_replace_the_published_one()
    {
        await SaveAsync("page-versions-en", "versions", "First text", publish: true);
        await SaveAsync("page-versions-en", "versions", "Second text, a draft", publish: false);

        var html = await (await site.Browser().GetAsync("/en/versions")).Content.ReadAsStringAsync();
        var history = await site.WithScopeAsync(sp => sp.GetRequiredService<ContentStore>().HistoryAsync("page-versions-en"));

        Assert.Contains("First text", html);
        Assert.Equal([2, 1], history.Select(v => v.Number));
        Assert.True(history.Single(v => v.Number == 1).Published);
        Assert.True(history.Single(v => v.Number == 2).Latest);
    }

    [Fact]
    public async Task Visitors_who_are_not_signed_in_share_one_kept_copy_until_the_page_changes()
    {
        await SaveAsync("page-kept-en", "kept", "First kept text", publish: true);
        var visitor = site.Browser();

        var first = await visitor.GetAsync("/en/kept");
        var second = await visitor.GetAsync("/en/kept");
        await SaveAsync("page-kept-en", "kept", "Second kept text", publish: true);
        var third = await (await visitor.GetAsync("/en/kept")).Content.ReadAsStringAsync();

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"));
        Assert.Contains("Second kept text", third);
        Assert.DoesNotContain("First kept text", third);
    }

    [Fact]
    public async Task A_signed_in_visitor_always_gets_a_fresh_page()
    {
        var member = site.Browser();
        await member.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        await site.Browser().GetAsync("/en/about");

        await member.GetAsync("/en/about");
        var again = await member.GetAsync("/en/about");

        Assert.False(again.Headers.Contains("Age"));
        Assert.Contains("/account/sign-out", await again.Content.ReadAsStringAsync());
    }

    private Task<bool> SaveAsync(string id, string slug, string body, bool publish) =>
        site.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<ContentStore>();
            var draft = new ContentItemVersion
            {
                ContentItemId = id,
                Title = new TitlePart { Text = "Test " + slug },
                Body = new BodyPart { Markdown = body },
                Route = new RoutePart { Slug = slug },
                Localization = new LocalizationPart { Culture = "en", Set = slug },
            };
            var changed = await store.SaveAsync(draft, publish, "test");
            await sp.GetRequiredService<Learning.Core.Data.LearningDbContext>().SaveChangesAsync();
            return changed;
        });
}

public sealed class SqliteContentPageTests(SqliteSite site) : ContentPageTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresContentPageTests(PostgresSite site) : ContentPageTests<PostgresSite>(site);
