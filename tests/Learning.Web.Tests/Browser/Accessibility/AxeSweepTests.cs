using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Accessibility;

/// <summary>
/// axe-core inside the key pages, in a left-to-right, a right-to-left and a Thai language: no
/// serious or critical violation anywhere. Every page is checked before the test fails, so one
/// run lists all that is left to fix.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserChecks.Name)]
public sealed class AxeSweepTests(BrowserSite site)
{
    private static readonly string[] PublicPages =
    [
        "", "courses", "courses/mooc-marine-litter", "verify/NO-SUCH-CODE", "account/register", "account/sign-in",
        "tide-turners", "tide-turners/counts", "training", "clean-seas", "clean-seas/pledges",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("th")]
    public async Task The_public_pages_have_no_serious_violations(string culture)
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in PublicPages)
        {
            problems.AddRange(await SweepAsync(page, $"/{culture}/{path}", $"{culture}-{Name(path)}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("th")]
    public async Task The_learner_pages_have_no_serious_violations(string culture)
    {
        var page = await site.NewPageAsync();
        await BrowserLearner.SignInAsync(site, page, culture);
        await BrowserLearner.EnrolAsync(site, page, culture);
        var edition = BrowserLearner.EditionFor(culture);
        var problems = new List<string>();
        problems.AddRange(await SweepAsync(page, $"/{culture}/learning", $"{culture}-learning"));
        problems.AddRange(await SweepAsync(page, $"/{culture}/learning/{edition}/lessons/{BrowserLearner.FirstLesson(culture)}", $"{culture}-lesson"));
        problems.AddRange(await SweepAsync(page, $"/{culture}/learning/{edition}/quizzes/{BrowserLearner.FirstQuiz(culture)}", $"{culture}-quiz"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IEnumerable<string>> SweepAsync(IPage page, string path, string name)
    {
        await page.GotoAsync(site.BaseUrl + path);
        return (await Axe.SeriousViolationsAsync(page, name)).Select(v => $"{path}: {v}");
    }

    private static string Name(string path) => path.Length == 0 ? "home" : path.Replace('/', '-');
}
