using Learning.CleanSeas.Pledges;
using Learning.Web.Tests.CleanSeas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>
/// The core flows with JavaScript turned off, as on an old phone or behind a strict proxy:
/// signing in, enrolling, reading a lesson, passing a quiz and applying for a pledge with its
/// first commitment are all plain forms and links.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserChecks.Name)]
public sealed class NoJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task A_learner_enrols_reads_a_lesson_and_passes_a_quiz_without_javascript()
    {
        var page = await NoScriptPageAsync();
        await BrowserLearner.SignInAsync(site, page, "en");
        await BrowserLearner.EnrolAsync(site, page, "en");
        var edition = BrowserLearner.EditionFor("en");

        await page.GotoAsync($"{site.BaseUrl}/en/learning/{edition}/lessons/{BrowserLearner.FirstLesson("en")}");
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("main article h1")));
        var lesson = page.Url;
        await page.ClickAsync("form[action*='handler=Done'] button");
        await page.WaitForURLAsync(url => url != lesson);
        await page.GotoAsync($"{site.BaseUrl}/en/learning/{edition}/lessons/{BrowserLearner.FirstLesson("en")}");
        Assert.Equal(1, await page.Locator("form[action*='handler=Done'] p.notice").CountAsync());

        await page.GotoAsync($"{site.BaseUrl}/en/learning/{edition}/quizzes/{BrowserLearner.FirstQuiz("en")}");
        foreach (var (question, option) in await BrowserLearner.RightAnswersAsync(site, "en"))
        {
            await page.CheckAsync($"input[name='q-{question}'][value='{option}']");
        }
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("100", await page.InnerTextAsync("p.notice[role=status]"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("nojs-en-quiz-passed"), FullPage = true });
    }

    [Fact]
    public async Task A_focal_point_applies_and_drafts_a_commitment_without_javascript()
    {
        var page = await NoScriptPageAsync();
        var email = await BrowserLearner.SignInAsync(site, page, "en");

        await page.GotoAsync($"{site.BaseUrl}/en/clean-seas/apply");
        await page.CheckAsync("input[name='Input.Kind'][value=government]");
        await page.SelectOptionAsync("select[name='Input.CountryCode']", "MV");
        await page.SetInputFilesAsync("input[name=letter]", new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = CleanSeasFlows.Letter });
        await page.FillAsync("textarea[name='Input.Note']", "Director of the marine unit");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/en/clean-seas/my-pledge");

        await page.FillAsync("form#new-commitment input[name='Input.Title']", "Ban plastic bags");
        await page.FillAsync("form#new-commitment textarea[name='Input.Description']", "Measured every year by the environment ministry.");
        foreach (var (field, value) in new[] { ("Baseline", "100"), ("BaselineDate", "2020-01-01"), ("Target", "10"), ("TargetDate", "2030-12-31"), ("Unit", "tonnes a year") })
        {
            await page.FillAsync($"form#new-commitment input[name='Input.{field}']", value);
        }
        await page.CheckAsync("form#new-commitment input[name='Input.Sdgs'][value='14.1']");
        await page.ClickAsync("form#new-commitment button[type=submit]");
        await page.WaitForSelectorAsync("main table tbody tr[id^=commitment-]");

        var pledge = await site.WithDbAsync(db => db.Set<Pledge>().Include(p => p.Commitments).SingleAsync(p => p.ContactEmail == email));
        Assert.Equal("MV", pledge.CountryCode);
        Assert.Equal("Ban plastic bags", Assert.Single(pledge.Commitments).Title);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("nojs-en-pledge-drafted"), FullPage = true });
    }

    private async Task<IPage> NoScriptPageAsync()
    {
        var context = await site.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });
        return await context.NewPageAsync();
    }
}
