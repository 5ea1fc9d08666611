using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Learning.Courses.Editions;
using Learning.Courses.Quizzes;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Courses.Authoring;

/// <summary>Bad input, forged addresses and people without the permission change nothing, and never meet a server error.</summary>
public abstract class RefusedInputTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private static readonly string English = CourseRecipe.EditionId("en");
    private static readonly string Unit1 = $"{English}-u1";

    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_quiz_that_breaks_the_rules_is_shown_again_with_its_errors_and_nothing_is_written()
    {
        var admin = await Editors.AdministratorAsync(site);
        var before = await SnapshotAsync();

        var quiz = await admin.RefusedAsync($"/admin/courses/unit/{Unit1}/quiz", new() { ["Input.Title"] = "Quiz 1", ["Input.PassMark"] = "150", ["Input.MaxAttempts"] = "0" });
        var single = await admin.RefusedAsync($"/admin/courses/unit/{Unit1}/question", Question("Single", correct: [true, true]));
        var trueFalse = await admin.RefusedAsync($"/admin/courses/unit/{Unit1}/question", Question("TrueFalse", correct: [true, false, false]));
        var multiple = await admin.RefusedAsync($"/admin/courses/unit/{Unit1}/question", Question("Multiple", correct: [false, false]));
        var forgedKind = await admin.RefusedAsync($"/admin/courses/unit/{Unit1}/question", Question("Essay", correct: [true, false]));

        Assert.Contains("Enter a number between 0 and 100.", quiz.Text());
        Assert.Contains("Allow at least one attempt.", quiz.Text());
        Assert.Contains("A single-choice question needs exactly one correct option.", single.Text());
        Assert.Contains("A true/false question needs two options, one of them correct.", trueFalse.Text());
        Assert.Contains("A multiple-choice question needs at least one correct option.", multiple.Text());
        Assert.Contains("Choose a kind of question.", forgedKind.Text());
        Assert.Equal("Quiz 1", quiz.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_lesson_with_an_address_that_is_not_http_is_refused()
    {
        var admin = await Editors.AdministratorAsync(site);
        var before = await SnapshotAsync();

        var page = await admin.RefusedAsync($"/admin/courses/unit/{Unit1}/lesson", new()
        {
            ["Input.Title"] = "Sneaky", ["Input.Body"] = "Text", ["Input.VideoUrl"] = "javascript:alert(1)",
            ["Input.Resources[0].Title"] = "Sheet", ["Input.Resources[0].Url"] = "ftp://example.org/sheet.pdf",
        });

        var errors = page.QuerySelectorAll(".errors").Select(e => e.TextContent).Where(t => t.Length > 0).ToList();
        Assert.Equal(2, errors.Count(e => e.Contains("Enter an address that starts with http:// or https://.")));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("de", "Choose one of the track's languages.")]
    [InlineData("fr", "Choose one of the track's languages.")]
    [InlineData("en", "This run's track already has an edition in this language.")]
    public async Task An_edition_only_in_a_language_the_track_offers_and_only_once(string culture, string message)
    {
        var admin = await Editors.AdministratorAsync(site);
        var before = await SnapshotAsync();

        var page = await admin.RefusedAsync("/admin/courses/run/test-run/edition", new()
        {
            ["Input.TrackId"] = "test-track", ["Input.Culture"] = culture, ["Input.Title"] = "Another", ["Input.TimeZone"] = "Europe/Paris",
        });

        Assert.Contains(message, page.Text());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("/admin/courses/course/no-such-course")]
    [InlineData("/admin/courses/course/test-course/track/no-such-track")]
    [InlineData("/admin/courses/course/test-course/run/mooc-run-4")]
    [InlineData("/admin/courses/run/no-such-run/edition")]
    [InlineData("/admin/courses/edition/no-such-edition")]
    [InlineData("/admin/courses/edition/test-en/unit/test-th-u1")]
    [InlineData("/admin/courses/unit/no-such-unit/lesson")]
    [InlineData("/admin/courses/unit/test-en-u1/lesson/test-en-u2-l1")]
    [InlineData("/admin/courses/unit/no-such-unit/quiz")]
    [InlineData("/admin/courses/unit/test-en-u1/question/test-en-u2-q-1")]
    [InlineData("/admin/courses/unit/no-such-unit/delete")]
    [InlineData("/admin/courses/edition/no-such-edition/archive")]
    [InlineData("/admin/courses/course/no-such-course/delete")]
    public async Task A_forged_address_is_not_found_for_reading_and_for_writing(string url)
    {
        var admin = await Editors.AdministratorAsync(site);
        var before = await SnapshotAsync();

        var read = await admin.GetAsync(url);
        var write = await PostWithTokenAsync(admin, url);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_learner_and_a_moderator_without_the_permission_are_turned_away()
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, "curious-learner@example.org");
        var moderator = await ModeratorAsync();
        var before = await SnapshotAsync();

        foreach (var client in new[] { learner, moderator })
        {
            foreach (var url in new[] { "/admin/courses/catalog", $"/admin/courses/edition/{English}", $"/admin/courses/unit/{Unit1}/quiz" })
            {
                var read = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
                Assert.Contains("access-denied", read.Headers.Location!.OriginalString);
            }
            var write = await client.PostAsync($"/admin/courses/edition/{English}?handler=MarkTranslated", new FormUrlEncodedContent([]));
            Assert.Equal(HttpStatusCode.Redirect, write.StatusCode);
            Assert.Contains("access-denied", write.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/admin")).StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    private static Dictionary<string, string> Question(string kind, bool[] correct)
    {
        var fields = new Dictionary<string, string> { ["Input.Kind"] = kind, ["Input.Text"] = "Is it so?" };
        for (var i = 0; i < correct.Length; i++)
        {
            fields[$"Input.Options[{i}].Text"] = $"Answer {i + 1}";
            fields[$"Input.Options[{i}].Feedback"] = $"Feedback {i + 1}";
            if (correct[i])
            {
                fields[$"Input.Options[{i}].Correct"] = "true";
            }
        }
        return fields;
    }

    /// <summary>Posts to an address with a valid antiforgery token taken from a page the client may open.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync("/admin/courses/catalog");
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Title", "Forged"), new("Input.Slug", "forged"), new("Understood", "true")]));
    }

    private async Task<HttpClient> ModeratorAsync()
    {
        var admin = await Editors.AdministratorAsync(site);
        await admin.SaveAsync("/admin/users/new", new()
        {
            ["Input.Email"] = "moderator@example.org", ["Input.DisplayName"] = "Moderator", ["Input.Password"] = "Moderator-pass-1", ["Input.Roles"] = "CampaignModerator",
        });
        var moderator = site.Browser();
        await moderator.SignInAsync("moderator@example.org", "Moderator-pass-1");
        return moderator;
    }

    /// <summary>Everything the editors could have written: content, statuses, hashes and the audit log.</summary>
    private Task<string> SnapshotAsync() => site.WithDbAsync(async db => string.Join("|",
        await db.Set<Learning.Courses.Catalog.Course>().CountAsync(),
        await db.Set<Edition>().CountAsync(),
        await db.Set<Unit>().CountAsync(),
        await db.Set<Lesson>().CountAsync(),
        await db.Set<Quiz>().CountAsync(),
        await db.Set<Question>().CountAsync(),
        await db.Set<AnswerOption>().CountAsync(),
        string.Join(",", await db.Set<Edition>().OrderBy(e => e.Id).Select(e => e.Status + e.ContentHash).ToListAsync()),
        await Editors.AuditCountAsync(site)));
}

public sealed class SqliteRefusedInputTests(SqliteSite site) : RefusedInputTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresRefusedInputTests(PostgresSite site) : RefusedInputTests<PostgresSite>(site);
