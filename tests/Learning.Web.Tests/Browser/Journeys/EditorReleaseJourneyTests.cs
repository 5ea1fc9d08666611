using Learning.Courses.Editions;
using Learning.Web.Tests.Courses;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>An editor, with the keyboard alone, schedules the release of a translated edition at a local time in its time zone.</summary>
[Trait("Category", "Browser")]
public sealed class EditorReleaseJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Journey = "release";
    private const string Culture = "en";

    [Fact]
    public async Task An_editor_schedules_the_release_of_the_thai_edition()
    {
        await CourseSite.ImportAsync(site, CourseRecipe.Json(thaiStatus: "translated"));
        var edition = CourseRecipe.EditionId("th");
        var releaseAt = new DateTime(DateTime.UtcNow.Year + 1, 3, 16, 9, 30, 0);
        var page = await Steps.AdministratorAsync(site);

        await page.GotoAsync($"{site.BaseUrl}/admin/courses");
        await Steps.KeyPageAsync(page, Journey, Culture, "editions");
        var row = $"tr#{edition} form.schedule";
        await KeyboardOnly.TypeDateAsync(page, $"{row} input[name=releaseAt]", releaseAt, withTime: true);
        await KeyboardOnly.TypeAsync(page, $"{row} input[name=timeZone]", "Asia/Bangkok");
        await KeyboardOnly.SubmitAsync(page, $"{row} button[type=submit]");
        await Steps.KeyPageAsync(page, Journey, Culture, "scheduled");

        var stored = await site.WithDbAsync(db => db.Set<Edition>().AsNoTracking().SingleAsync(e => e.Id == edition));
        Assert.Equal((EditionStatus.Scheduled, releaseAt, "Asia/Bangkok"), (stored.Status, stored.ReleaseAtLocal, stored.TimeZone));
        Assert.Equal(releaseAt.AddHours(-7), stored.ReleaseAtUtc);
        Assert.NotNull(await page.QuerySelectorAsync($"tr#{edition} form[action*='handler=Cancel']"));
    }
}
