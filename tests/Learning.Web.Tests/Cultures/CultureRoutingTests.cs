using System.Net;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Cultures;

public abstract class CultureRoutingTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    public static TheoryData<string, string> Cultures => new()
    {
        { "en", "ltr" }, { "es", "ltr" }, { "ru", "ltr" }, { "zh-Hans", "ltr" }, { "ar", "rtl" },
        { "fr", "ltr" }, { "pt", "ltr" }, { "id", "ltr" }, { "vi", "ltr" }, { "th", "ltr" },
    };

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Home_page_answers_in_every_language_with_lang_and_dir(string culture, string direction)
    {
        var page = await site.Browser().GetDocumentAsync($"/{culture}/");

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
        Assert.NotEmpty(page.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/xx-YY/")]
    [InlineData("/zh-hans/")]
    [InlineData("/de/about")]
    public async Task Unknown_language_is_404_listing_the_supported_languages(string url)
    {
        var page = await site.Browser().GetDocumentAsync(url, HttpStatusCode.NotFound);

        var links = page.QuerySelectorAll(".language-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(10, links.Count);
        Assert.Contains("/ar/", links);
    }

    [Theory]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.5", "/fr/")]
    [InlineData("zh-CN,zh;q=0.9", "/zh-Hans/")]
    [InlineData("de-DE,pt;q=0.5", "/pt/")]
    [InlineData("", "/en/")]
    public async Task Root_redirects_to_the_best_language(string acceptLanguage, string expected)
    {
        var client = site.Browser();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_language_chosen_in_the_url_is_remembered_over_accept_language()
    {
        var client = site.Browser();
        client.DefaultRequestHeaders.Add("Accept-Language", "fr");
        await client.GetAsync("/th/");

        var response = await client.GetAsync("/");

        Assert.Equal("/th/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Arabic_text_is_sent_as_text_not_as_character_entities()
    {
        var html = await (await site.Browser().GetAsync("/ar/about")).Content.ReadAsStringAsync();

        Assert.Contains("العربية", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Pages_are_compressed_for_slow_connections()
    {
        var client = site.Browser();
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br");

        var response = await client.GetAsync("/th/mooc");

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 10_000);
    }

    [Fact]
    public async Task Language_switcher_keeps_the_page()
    {
        var page = await site.Browser().GetDocumentAsync("/en/account/sign-in");

        var arabic = page.QuerySelector(".languages a[hreflang=ar]")!;
        Assert.Equal("/ar/account/sign-in", arabic.GetAttribute("href"));
    }

    [Fact]
    public async Task Language_switcher_leads_to_the_translation_of_a_content_page()
    {
        var page = await site.Browser().GetDocumentAsync("/en/about");

        Assert.Equal("/fr/a-propos", page.QuerySelector(".languages a[hreflang=fr]")!.GetAttribute("href"));
        Assert.Equal("/es/acerca-de", page.QuerySelector(".languages a[hreflang=es]")!.GetAttribute("href"));
    }
}

public sealed class SqliteCultureRoutingTests(SqliteSite site) : CultureRoutingTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCultureRoutingTests(PostgresSite site) : CultureRoutingTests<PostgresSite>(site);
