using Learning.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Accessibility;

/// <summary>
/// Tabbing onto a link or a button shows where the focus is, in the public and the admin theme,
/// and the first Tab brings the skip link into view.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserChecks.Name)]
public sealed class FocusTests(BrowserSite site)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task The_public_theme_shows_the_focus_on_links_and_buttons(string culture)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/{culture}/account/sign-in");

        await page.Keyboard.PressAsync("Tab");
        await SkipLinkIsInViewAsync(page);
        await KeyboardOnly.FocusAsync(page, ".site-nav a");
        await KeyboardOnly.FocusAsync(page, "main form button[type=submit]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot($"a11y-{culture}-focus-button") });
    }

    [Fact]
    public async Task The_admin_theme_shows_the_focus_on_links_and_buttons()
    {
        var page = await site.NewPageAsync();
        await BrowserLearner.SignInAsync(site, page, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        await page.GotoAsync($"{site.BaseUrl}/admin");

        await page.Keyboard.PressAsync("Tab");
        await SkipLinkIsInViewAsync(page);
        await KeyboardOnly.FocusAsync(page, ".admin-nav a");
        await KeyboardOnly.FocusAsync(page, ".admin-header button");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("a11y-admin-focus-button") });
    }

    private static async Task SkipLinkIsInViewAsync(IPage page)
    {
        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab should reach the skip link");
        var box = (await skip.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 1024 && box.Y >= 0, $"the focused skip link is off screen at {box.X},{box.Y}");
    }
}
