using Learning.Courses.Editions;
using Learning.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Learning.Web.Tests.Browser;

/// <summary>A new learner, in Arabic and in a real browser: enrols, studies, passes, downloads the certificate and verifies it.</summary>
[Trait("Category", "Browser")]
public sealed class ArabicLearnerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Edition = "mooc-run-4-leadership-ar";
    private const string Name = "فاطمة الزهراء";

    [Fact]
    public async Task A_new_learner_completes_the_arabic_edition_and_verifies_the_certificate()
    {
        var page = await site.NewPageAsync();
        var email = $"fatima-{Guid.NewGuid():N}@example.org";
        await RegisterAndSignInAsync(page, email);

        await page.GotoAsync($"{site.BaseUrl}/ar/courses/mooc-marine-litter");
        await page.ClickAsync($"li#{Edition} form button");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("mooc-ar-enrolled"), FullPage = true });

        await StudyEverythingAsync(page);
        await page.GotoAsync($"{site.BaseUrl}/ar/learning");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("mooc-ar-completed"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"a[href='/ar/learning/{Edition}/certificate']"));
        var pdfPath = BrowserSite.Screenshot("mooc-ar-certificate").Replace(".png", ".pdf");
        await download.SaveAsAsync(pdfPath);
        var code = download.SuggestedFilename["certificate-".Length..^".pdf".Length];

        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
            Assert.Contains(code, text);
            Assert.DoesNotContain(pdf.GetPage(1).Letters, l => l.Value is "" or "\uFFFD");
        }
        await page.GotoAsync($"{site.BaseUrl}/verify/{code}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot("mooc-ar-verified"), FullPage = true });
        Assert.EndsWith($"/ar/verify/{code}", page.Url);
        Assert.Contains(Name, await page.InnerTextAsync("main"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
    }

    private async Task RegisterAndSignInAsync(IPage page, string email)
    {
        await page.GotoAsync($"{site.BaseUrl}/ar/account/register");
        await page.FillAsync("#Input_DisplayName", Name);
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", AccountFlows.Password);
        await page.FillAsync("#Input_ConfirmPassword", AccountFlows.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await page.GotoAsync(site.BaseUrl + await AccountFlows.DeliveredLinkAsync(site, email, "confirm-email"));
        await page.GotoAsync($"{site.BaseUrl}/ar/account/sign-in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", AccountFlows.Password);
        await page.ClickAsync("main form button[type=submit]:not([formaction])");
        await page.WaitForURLAsync($"{site.BaseUrl}/ar/");
    }

    /// <summary>Every lesson marked done, every quiz answered right, through the pages themselves.</summary>
    private async Task StudyEverythingAsync(IPage page)
    {
        var units = await site.WithDbAsync(db => db.Set<Unit>().AsNoTracking().Where(u => u.EditionId == Edition)
            .Include(u => u.Lessons).Include(u => u.Quiz).ThenInclude(q => q!.Questions).ThenInclude(q => q.Options)
            .OrderBy(u => u.Order).ToListAsync());
        foreach (var unit in units)
        {
            foreach (var lesson in unit.Lessons.OrderBy(l => l.Order))
            {
                await page.GotoAsync($"{site.BaseUrl}/ar/learning/{Edition}/lessons/{lesson.Id}");
                await page.ClickAsync("form[action*='handler=Done'] button");
                await page.WaitForLoadStateAsync();
            }
            if (unit.Quiz is { } quiz)
            {
                await page.GotoAsync($"{site.BaseUrl}/ar/learning/{Edition}/quizzes/{quiz.Id}");
                foreach (var option in quiz.Questions.SelectMany(q => q.Options).Where(o => o.Correct))
                {
                    await page.CheckAsync($"input[name='q-{option.QuestionId}'][value='{option.Order}']");
                }
                await page.ClickAsync("main form button[type=submit]");
                await page.WaitForSelectorAsync("p.notice[role=status]");
            }
        }
    }
}
