using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

[Trait("Category", "Browser")]
public sealed class LanguageSwitchTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Switching_to_arabic_keeps_the_page_and_lays_it_out_right_to_left()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/about");

        await page.ClickAsync(".languages a[hreflang=ar]");
        await page.WaitForURLAsync("**/ar/about");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("foundation-ar-about"), FullPage = true });

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).direction"));
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        var languages = (await page.Locator(".languages").BoundingBoxAsync())!;
        Assert.True(brand.X > languages.X, $"the header should start at the right: brand at {brand.X}, languages at {languages.X}");
        Assert.Contains("14.1", await page.InnerTextAsync("main article"));
    }

    [Fact]
    public async Task A_content_page_is_light()
    {
        var page = await site.NewPageAsync();
        long bytes = 0;
        page.Response += (_, response) => bytes += response.Headers.TryGetValue("content-length", out var length) ? long.Parse(length) : 0;

        var response = await page.GotoAsync(site.BaseUrl + "/th/mooc");
        var body = await response!.BodyAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("foundation-th-mooc"), FullPage = true });

        Assert.True(Math.Max(bytes, body.Length) < 100_000, $"the page transferred {Math.Max(bytes, body.Length)} bytes");
    }
}
