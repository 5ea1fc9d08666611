using Learning.Web.Tests.Impact;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>
/// A visitor reads the impact dashboard of the seeded programmes, in English, Arabic and Thai, and
/// narrows it to one country and one year with the keyboard alone.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ImpactJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_visitor_reads_the_impact_of_the_programmes_and_narrows_it_to_a_country_and_a_year()
    {
        await ImpactSeed.EnsureAsync(site);
        var page = await site.NewPageAsync();
        foreach (var culture in new[] { "ar", "th", "en" })
        {
            await page.GotoAsync($"{site.BaseUrl}/{culture}/impact");
            await Steps.KeyPageAsync(page, "impact", culture, "dashboard");
        }

        await KeyboardOnly.TypeDateAsync(page, "input[name=from]", new DateTime(2019, 1, 1));
        await KeyboardOnly.TypeDateAsync(page, "input[name=to]", new DateTime(2019, 12, 31));
        await KeyboardOnly.ChooseAsync(page, "select[name=country]", ImpactSeed.Country);
        await KeyboardOnly.SubmitAsync(page, "main form button[type=submit]");

        Assert.Contains($"country={ImpactSeed.Country}", page.Url);
        Assert.Equal("2", (await page.InnerTextAsync("[data-key='training.accredited'] dd")).Trim());
        await Steps.KeyPageAsync(page, "impact", "en", "mauritius-2019");
    }
}
