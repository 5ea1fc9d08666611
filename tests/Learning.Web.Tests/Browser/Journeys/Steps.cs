using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>The steps every journey shares, done with the keyboard alone: registering, signing in, a screenshot.</summary>
public static class Steps
{
    /// <summary>Creates an account on the register page; the confirmation link from the e-mail is opened as if typed.</summary>
    public static async Task RegisterAsync(BrowserSite site, IPage page, string culture, string name, string email)
    {
        await page.GotoAsync($"{site.BaseUrl}/{culture}/account/register");
        await KeyboardOnly.TypeAsync(page, "#Input_DisplayName", name);
        await KeyboardOnly.TypeAsync(page, "#Input_Email", email);
        await KeyboardOnly.TypeAsync(page, "#Input_Password", AccountFlows.Password);
        await KeyboardOnly.TypeAsync(page, "#Input_ConfirmPassword", AccountFlows.Password);
        await KeyboardOnly.SubmitAsync(page, "main form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await page.GotoAsync(site.BaseUrl + await AccountFlows.DeliveredLinkAsync(site, email, "confirm-email"));
    }

    public static async Task SignInAsync(BrowserSite site, IPage page, string culture, string email, string password = AccountFlows.Password)
    {
        await page.GotoAsync($"{site.BaseUrl}/{culture}/account/sign-in");
        await KeyboardOnly.TypeAsync(page, "#Input_Email", email);
        await KeyboardOnly.TypeAsync(page, "#Input_Password", password);
        await KeyboardOnly.SubmitAsync(page, "main form button[type=submit]:not([formaction])");
        Assert.DoesNotContain("/account/sign-in", page.Url);
    }

    /// <summary>A new person, registered and signed in, in a browser of their own.</summary>
    public static async Task<IPage> NewPersonAsync(BrowserSite site, string culture, string name, string email)
    {
        var page = await site.NewPageAsync();
        await RegisterAsync(site, page, culture, name, email);
        await SignInAsync(site, page, culture, email);
        return page;
    }

    /// <summary>The administrator, signed in, in a browser of their own.</summary>
    public static async Task<IPage> AdministratorAsync(BrowserSite site)
    {
        var page = await site.NewPageAsync();
        await SignInAsync(site, page, "en", SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        return page;
    }

    /// <summary>Saves the whole page as artifacts/screenshots/&lt;journey&gt;-&lt;culture&gt;-&lt;step&gt;.png.</summary>
    public static Task ShotAsync(IPage page, string journey, string culture, string step) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot($"{journey}-{culture}-{step}"), FullPage = true });

    /// <summary>A screenshot and an accessibility check of a key page of a journey.</summary>
    public static async Task KeyPageAsync(IPage page, string journey, string culture, string step)
    {
        await ShotAsync(page, journey, culture, step);
        await Axe.CheckAsync(page, $"{journey}-{culture}-{step}");
    }
}
