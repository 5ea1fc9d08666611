using Learning.Courses.Quizzes;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>A learner of the setup MOOC in one language, signed in through the browser's own forms.</summary>
public static class BrowserLearner
{
    /// <summary>The released edition each checked language has in the setup content.</summary>
    public static string EditionFor(string culture) => culture == "en" ? "mooc-run-4-expert-en" : $"mooc-run-4-leadership-{culture}";

    public static string FirstLesson(string culture) => $"{EditionFor(culture)}-u1-l1";

    public static string FirstQuiz(string culture) => $"{EditionFor(culture)}-u1-q";

    /// <summary>Registers and confirms an account (the e-mail step is not under test here), then signs in on the page.</summary>
    public static async Task<string> SignInAsync(BrowserSite site, IPage page, string culture)
    {
        var email = $"learner-{Guid.NewGuid():N}@example.org";
        await AccountFlows.RegisterConfirmedAsync(site, site.Browser(), email);
        await SignInAsync(site, page, email, AccountFlows.Password, culture);
        return email;
    }

    public static async Task SignInAsync(BrowserSite site, IPage page, string email, string password, string culture = "en")
    {
        await page.GotoAsync($"{site.BaseUrl}/{culture}/account/sign-in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main form button[type=submit]:not([formaction])");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
    }

    public static async Task EnrolAsync(BrowserSite site, IPage page, string culture)
    {
        await page.GotoAsync($"{site.BaseUrl}/{culture}/courses/mooc-marine-litter");
        await page.ClickAsync($"li#{EditionFor(culture)} form button");
        await page.WaitForSelectorAsync("p.notice[role=status]");
    }

    /// <summary>The right option of every question of the edition's first quiz, as (question id, option order).</summary>
    public static Task<List<(string Question, int Option)>> RightAnswersAsync(SiteFactory site, string culture) =>
        site.WithDbAsync(async db => (await db.Set<Quiz>().AsNoTracking().Where(q => q.Id == FirstQuiz(culture))
                .SelectMany(q => q.Questions).SelectMany(q => q.Options).Where(o => o.Correct).ToListAsync())
            .Select(o => (o.QuestionId, o.Order)).ToList());
}
