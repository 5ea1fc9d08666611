using Learning.Courses.Editions;
using Learning.Courses.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>A new learner, in Arabic, with the keyboard alone: enrols, studies, passes, downloads the certificate and verifies it.</summary>
[Trait("Category", "Browser")]
public sealed class ArabicLearnerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Journey = "mooc";
    private const string Culture = "ar";
    private const string Edition = "mooc-run-4-leadership-ar";
    private const string Name = "فاطمة الزهراء";

    [Fact]
    public async Task A_new_learner_completes_the_arabic_edition_and_verifies_the_certificate()
    {
        var page = await Steps.NewPersonAsync(site, Culture, Name, $"fatima-{Guid.NewGuid():N}@example.org");

        await page.GotoAsync($"{site.BaseUrl}/ar/courses/mooc-marine-litter");
        await Steps.KeyPageAsync(page, Journey, Culture, "course");
        await KeyboardOnly.SubmitAsync(page, $"li#{Edition} form button");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await Steps.ShotAsync(page, Journey, Culture, "enrolled");

        await StudyEverythingAsync(page);
        await page.GotoAsync($"{site.BaseUrl}/ar/learning");
        await Steps.KeyPageAsync(page, Journey, Culture, "completed");
        var download = await page.RunAndWaitForDownloadAsync(() => KeyboardOnly.PressAsync(page, $"a[href='/ar/learning/{Edition}/certificate']"));
        var pdfPath = BrowserSite.Screenshot($"{Journey}-{Culture}-certificate").Replace(".png", ".pdf");
        await download.SaveAsAsync(pdfPath);
        var code = download.SuggestedFilename["certificate-".Length..^".pdf".Length];

        using (var pdf = PdfDocument.Open(pdfPath))
        {
            var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
            Assert.Contains(code, text);
            Assert.DoesNotContain(pdf.GetPage(1).Letters, l => l.Value is "" or "\uFFFD");
        }
        await page.GotoAsync($"{site.BaseUrl}/verify/{code}");
        await Steps.KeyPageAsync(page, Journey, Culture, "verified");
        Assert.EndsWith($"/ar/verify/{code}", page.Url);
        Assert.Contains(Name, await page.InnerTextAsync("main"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
    }

    /// <summary>Every lesson marked done, every quiz answered right, through the pages themselves.</summary>
    private async Task StudyEverythingAsync(IPage page)
    {
        var units = await site.WithDbAsync(db => db.Set<Unit>().AsNoTracking().Where(u => u.EditionId == Edition)
            .Include(u => u.Lessons).Include(u => u.Quiz).ThenInclude(q => q!.Questions).ThenInclude(q => q.Options)
            .OrderBy(u => u.Order).ToListAsync());
        var first = true;
        foreach (var unit in units)
        {
            foreach (var lesson in unit.Lessons.OrderBy(l => l.Order))
            {
                await page.GotoAsync($"{site.BaseUrl}/ar/learning/{Edition}/lessons/{lesson.Id}");
                if (first)
                {
                    await Steps.KeyPageAsync(page, Journey, Culture, "lesson");
                    first = false;
                }
                await KeyboardOnly.SubmitAsync(page, "form[action*='handler=Done'] button");
            }
            if (unit.Quiz is { } quiz)
            {
                await PassAsync(page, quiz);
            }
        }
    }

    private async Task PassAsync(IPage page, Quiz quiz)
    {
        await page.GotoAsync($"{site.BaseUrl}/ar/learning/{Edition}/quizzes/{quiz.Id}");
        foreach (var question in quiz.Questions.OrderBy(q => q.Order))
        {
            foreach (var option in question.Options.Where(o => o.Correct).OrderBy(o => o.Order))
            {
                var box = $"input[id='q-{option.QuestionId}-{option.Order}']";
                await (question.Kind == QuestionKind.Multiple ? KeyboardOnly.ToggleAsync(page, box) : KeyboardOnly.PickAsync(page, box));
            }
        }
        await Steps.ShotAsync(page, Journey, Culture, "quiz");
        await KeyboardOnly.SubmitAsync(page, "main form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice[role=status]");
    }
}
