using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Releases;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses.Authoring;

public abstract class CourseBuildingTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task An_editor_builds_a_course_through_the_forms_and_learners_take_it()
    {
        var admin = await Editors.AdministratorAsync(site);

        var courseId = Editors.IdIn(await admin.SaveAsync("/admin/courses/course", new()
        {
            ["Input.Slug"] = "ocean-basics", ["Input.Titles[en]"] = "Ocean basics", ["Input.Titles[th]"] = "พื้นฐานมหาสมุทร",
        }));
        await admin.SaveAsync($"/admin/courses/course/{courseId}/track", new()
        {
            ["Input.Names[en]"] = "Basics track", ["Input.Cultures[0]"] = "en", ["Input.Cultures[1]"] = "th",
            ["Input.Hours"] = "3", ["Input.Weeks"] = "2", ["Input.RequiredUnits"] = "", ["Input.PassMark"] = "50",
        });
        var track = await site.WithDbAsync(db => db.Set<Track>().SingleAsync(t => t.CourseId == courseId));
        var runId = Editors.IdIn(await admin.SaveAsync($"/admin/courses/course/{courseId}/run", new()
        {
            ["Input.Number"] = "1", ["Input.StartsOn"] = "2026-01-05", ["Input.EndsOn"] = "2026-03-01",
        }));
        var editionId = Editors.IdIn(await admin.SaveAsync($"/admin/courses/run/{runId}/edition", new()
        {
            ["Input.TrackId"] = track.Id, ["Input.Culture"] = "en", ["Input.Title"] = "Ocean basics (English)",
            ["Input.Summary"] = "Two weeks on the sea.", ["Input.TimeZone"] = "Europe/London",
        }));
        var unitId = Editors.IdIn(await admin.SaveAsync($"/admin/courses/edition/{editionId}/unit", new()
        {
            ["Input.Title"] = "Where litter comes from", ["Input.ReleaseWeek"] = "0",
        }));
        var lessonId = await AddLessonAsync(admin, unitId);
        await AddQuizAsync(admin, unitId);
        await ReleaseAsync(admin, editionId);

        Assert.Equal(["en", "th"], track.Cultures);
        Assert.Equal(50, track.PassMark);
        Assert.Null(track.RequiredUnits);
        var catalog = await site.Browser().GetDocumentAsync("/en/courses");
        Assert.Contains("Ocean basics (English)", catalog.QuerySelectorAll(".catalog a").Select(a => a.TextContent));
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, "ocean-learner@example.org");
        await learner.SubmitAsync("/en/courses/ocean-basics", new Dictionary<string, string> { ["editionId"] = editionId }, "form[action*='handler=Enrol']");
        var lesson = await learner.GetDocumentAsync($"/en/learning/{editionId}/lessons/{lessonId}");
        Assert.Equal("carry", lesson.QuerySelector("article strong")?.TextContent);
        Assert.Null(lesson.QuerySelector("article script"));
        Assert.NotNull(lesson.QuerySelector("a[href='https://video.example.org/rivers.mp4']"));
        Assert.Equal("Fact sheet", lesson.QuerySelector("a[href='https://example.org/facts.pdf']")?.TextContent);
        var quizId = $"{unitId}-q";
        var result = await (await learner.SubmitAsync($"/en/learning/{editionId}/quizzes/{quizId}", new Dictionary<string, string> { [$"q-{quizId}-1"] = "1" })).Content.ReadAsStringAsync();
        Assert.Contains("Your score: 100", result);
        Assert.Contains("Yes: most of it comes from land.", result);
    }

    [Fact]
    public async Task Every_change_is_audited_with_who_made_it()
    {
        var admin = await Editors.AdministratorAsync(site);

        var courseId = Editors.IdIn(await admin.SaveAsync("/admin/courses/course", new() { ["Input.Slug"] = "audited", ["Input.Titles[en]"] = "Audited" }));
        await admin.SaveAsync($"/admin/courses/course/{courseId}", new() { ["Input.Slug"] = "audited-course", ["Input.Titles[en]"] = "Audited course" });

        var entries = await Editors.AuditOfAsync(site, courseId);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(SiteFactory.AdminEmail, e.Actor));
        Assert.Equal("course.saved", entries[1].Action);
        Assert.Contains("audited-course", entries[1].Detail);
        Assert.Equal("audited-course", await site.WithDbAsync(db => db.Set<Course>().Where(c => c.Id == courseId).Select(c => c.Slug).SingleAsync()));
    }

    [Fact]
    public async Task The_releases_page_links_to_the_editors()
    {
        var admin = await Editors.AdministratorAsync(site);

        var releases = await admin.GetDocumentAsync("/admin/courses");
        var catalog = await admin.GetDocumentAsync("/admin/courses/catalog");
        var edition = await admin.GetDocumentAsync("/admin/courses/edition/mooc-run-4-leadership-zh-Hans");

        Assert.NotNull(releases.QuerySelector("a[href='/admin/courses/catalog']"));
        Assert.NotNull(releases.QuerySelector("a[href='/admin/courses/edition/mooc-run-4-leadership-zh-Hans']"));
        Assert.NotNull(catalog.QuerySelector("a[href='/admin/courses/course/mooc-marine-litter']"));
        Assert.Equal(3, edition.QuerySelectorAll("table tbody tr").Length);
    }

    private async Task<string> AddLessonAsync(HttpClient admin, string unitId)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Rivers", ["Input.Body"] = "Rivers **carry** litter.<script>alert(1)</script>", ["Input.Required"] = "true",
            ["Input.VideoUrl"] = "https://video.example.org/rivers.mp4", ["Input.CaptionsUrl"] = "https://video.example.org/rivers.en.vtt",
            ["Input.Resources[0].Title"] = "Fact sheet", ["Input.Resources[0].Url"] = "https://example.org/facts.pdf",
        };
        var preview = Infrastructure.Pages.Parse(await (await admin.SubmitAsync($"/admin/courses/unit/{unitId}/lesson", fields, handler: "Preview")).Content.ReadAsStringAsync());
        Assert.Equal("carry", preview.QuerySelector(".preview strong")?.TextContent);
        Assert.Null(preview.QuerySelector(".preview script"));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Lesson>().CountAsync(l => l.UnitId == unitId)));
        await admin.SaveAsync($"/admin/courses/unit/{unitId}/lesson", fields);
        return await site.WithDbAsync(db => db.Set<Lesson>().Where(l => l.UnitId == unitId).Select(l => l.Id).SingleAsync());
    }

    private static async Task AddQuizAsync(HttpClient admin, string unitId)
    {
        await admin.SaveAsync($"/admin/courses/unit/{unitId}/quiz", new()
        {
            ["Input.Title"] = "Check", ["Input.PassMark"] = "60", ["Input.MaxAttempts"] = "2", ["Input.Final"] = "true",
        });
        await admin.SaveAsync($"/admin/courses/unit/{unitId}/question", new()
        {
            ["Input.Kind"] = "Single", ["Input.Text"] = "Where does most sea litter come from?",
            ["Input.Options[0].Text"] = "From land", ["Input.Options[0].Correct"] = "true", ["Input.Options[0].Feedback"] = "Yes: most of it comes from land.",
            ["Input.Options[1].Text"] = "From ships", ["Input.Options[1].Feedback"] = "Ships add some, but less.",
        });
    }

    /// <summary>Marks the edition translated, schedules it at a time already past, and runs its release job.</summary>
    private async Task ReleaseAsync(HttpClient admin, string editionId)
    {
        var page = $"/admin/courses/edition/{editionId}";
        var translated = await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=MarkTranslated']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, translated.StatusCode);
        var scheduled = await admin.SubmitAsync(page, new Dictionary<string, string> { ["releaseAt"] = "2026-01-05T09:00" }, "form[action*='handler=Schedule']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, scheduled.StatusCode);
        var version = await site.WithDbAsync(db => db.Set<Edition>().Where(e => e.Id == editionId).Select(e => e.ScheduleVersion).SingleAsync());
        await site.WithScopeAsync(sp => sp.GetRequiredService<EditionRelease>().RunAsync(editionId, version, CancellationToken.None));
        Assert.Equal(EditionStatus.Released, await site.WithDbAsync(db => db.Set<Edition>().Where(e => e.Id == editionId).Select(e => e.Status).SingleAsync()));
    }
}

public sealed class SqliteCourseBuildingTests(SqliteSite site) : CourseBuildingTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCourseBuildingTests(PostgresSite site) : CourseBuildingTests<PostgresSite>(site);
