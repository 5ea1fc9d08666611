using System.Net;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Courses.Authoring;

/// <summary>Deleting and archiving ask for a tick first, and spare whatever learners have worked in.</summary>
public abstract class ContentRemovalTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_lesson_is_deleted_only_once_the_box_is_ticked()
    {
        var admin = await Editors.AdministratorAsync(site);
        const string page = "/admin/courses/lesson/test-th-u1-l1/delete";

        var unticked = await admin.RefusedAsync(page, new());
        Assert.Contains("Tick the box to confirm.", unticked.Text());
        Assert.True(await LessonExistsAsync("test-th-u1-l1"));

        var back = await admin.SaveAsync(page, new() { ["Understood"] = "true" });

        Assert.Equal("/admin/courses/edition/test-th/unit/test-th-u1", back);
        Assert.False(await LessonExistsAsync("test-th-u1-l1"));
        var audit = await Editors.AuditOfAsync(site, "test-th-u1-l1");
        Assert.Equal(("course.lesson-deleted", SiteFactory.AdminEmail), (audit[^1].Action, audit[^1].Actor));
    }

    [Fact]
    public async Task A_unit_learners_have_progress_in_is_not_deleted()
    {
        await site.WithDbAsync(async db =>
        {
            db.Add(new LearningUser { Id = "worker", UserName = "worker@example.org", Email = "worker@example.org", DisplayName = "Worker" });
            var enrolment = db.Add(new Enrolment { UserId = "worker", EditionId = "test-en", State = EnrolmentState.Enrolled, CreatedUtc = DateTime.UtcNow }).Entity;
            await db.SaveChangesAsync();
            db.Add(new LessonDone { EnrolmentId = enrolment.Id, LessonId = "test-en-u1-l1", DoneUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var admin = await Editors.AdministratorAsync(site);
        const string page = "/admin/courses/unit/test-en-u1/delete";

        var shown = await admin.GetDocumentAsync(page);
        var response = await admin.PostAsync(page, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", TokenOf(await admin.GetDocumentAsync("/admin/courses/edition/test-en"))), new("Understood", "true")]));

        Assert.Contains("Learners have progress in this unit, so it cannot be deleted.", shown.Text());
        Assert.Null(shown.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Set<Unit>().AnyAsync(u => u.Id == "test-en-u1")));
    }

    [Fact]
    public async Task A_unit_without_progress_is_deleted_with_its_lessons_and_quiz_and_the_rest_closes_up()
    {
        var admin = await Editors.AdministratorAsync(site);

        await admin.SaveAsync("/admin/courses/unit/test-th-u1/delete", new() { ["Understood"] = "true" });

        var (units, lessons, quizzes) = await site.WithDbAsync(async db => (
            await db.Set<Unit>().Where(u => u.EditionId == "test-th").Select(u => new { u.Id, u.Order }).ToListAsync(),
            await db.Set<Lesson>().CountAsync(l => l.UnitId == "test-th-u1"),
            await db.Set<Learning.Courses.Quizzes.Quiz>().CountAsync(q => q.UnitId == "test-th-u1")));
        Assert.Equal([("test-th-u2", 1)], units.Select(u => (u.Id, u.Order)));
        Assert.Equal((0, 0), (lessons, quizzes));
    }

    [Fact]
    public async Task Only_a_released_edition_is_archived_and_only_once_confirmed()
    {
        var admin = await Editors.AdministratorAsync(site);

        var scheduled = await admin.GetDocumentAsync("/admin/courses/edition/test-th/archive");
        var unticked = await admin.RefusedAsync("/admin/courses/edition/test-en/archive", new());
        Assert.Equal(EditionStatus.Released, await StatusAsync("test-en"));
        await admin.SaveAsync("/admin/courses/edition/test-en/archive", new() { ["Understood"] = "true" });

        Assert.Contains("Only a released edition can be archived.", scheduled.Text());
        Assert.Contains("Tick the box to confirm.", unticked.Text());
        Assert.Equal(EditionStatus.Archived, await StatusAsync("test-en"));
        Assert.Equal("edition.archived", (await Editors.AuditOfAsync(site, "test-en"))[^1].Action);
        Assert.DoesNotContain("Test course (en)", (await site.Browser().GetDocumentAsync("/en/courses")).Text());
    }

    [Fact]
    public async Task A_draft_with_gaps_stays_a_draft_until_its_editor_fills_them_and_a_recipe_import_restores_its_content()
    {
        await CourseSite.ImportAsync(site, CourseRecipe.Json(thaiStatus: "draft", thaiComplete: false));
        var admin = await Editors.AdministratorAsync(site);
        const string edition = "/admin/courses/edition/test-th";

        var refused = await admin.RefusedAsync(edition, new(), formSelector: "form[action*='handler=MarkTranslated']");
        Assert.Contains("This edition still has translation gaps, so it stays a draft.", refused.Text());
        Assert.Contains("Unit 2, lesson 1 has no text.", refused.Text());
        Assert.Equal(EditionStatus.Draft, await StatusAsync("test-th"));

        await admin.SaveAsync("/admin/courses/unit/test-th-u2/lesson/test-th-u2-l1", new() { ["Input.Title"] = "บทเรียน 2", ["Input.Body"] = "ไมโครพลาสติกมีขนาดเล็กกว่า 5 มม." });
        var translated = await admin.SubmitAsync(edition, new Dictionary<string, string>(), "form[action*='handler=MarkTranslated']");

        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        Assert.Equal(EditionStatus.Translated, await StatusAsync("test-th"));
        await CourseSite.ImportAsync(site, CourseRecipe.Json(thaiStatus: "draft", thaiComplete: false));
        Assert.Equal("", await site.WithDbAsync(db => db.Set<Lesson>().Where(l => l.Id == "test-th-u2-l1").Select(l => l.Body).SingleAsync()));
    }

    private Task<bool> LessonExistsAsync(string id) => site.WithDbAsync(db => db.Set<Lesson>().AnyAsync(l => l.Id == id));

    private Task<EditionStatus> StatusAsync(string id) => site.WithDbAsync(db => db.Set<Edition>().Where(e => e.Id == id).Select(e => e.Status).SingleAsync());

    private static string TokenOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}

public sealed class SqliteContentRemovalTests(SqliteSite site) : ContentRemovalTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresContentRemovalTests(PostgresSite site) : ContentRemovalTests<PostgresSite>(site);
