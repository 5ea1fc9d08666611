using System.Net;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Courses;

public abstract class LearnerJourneyTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private static readonly string English = CourseRecipe.EditionId("en");

    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> LearnerAsync(string email)
    {
        var client = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, client, email);
        return client;
    }

    private static Task<HttpResponseMessage> EnrolAsync(HttpClient client, string editionId) =>
        client.SubmitAsync($"/en/courses/{CourseRecipe.Slug}", new Dictionary<string, string> { ["editionId"] = editionId }, "form[action*='handler=Enrol']");

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string quizId, int option) =>
        client.SubmitAsync($"/en/learning/{English}/quizzes/{quizId}", new Dictionary<string, string> { [$"q-{quizId}-1"] = option.ToString() });

    [Fact]
    public async Task The_catalog_lists_open_and_upcoming_editions_with_filters()
    {
        var all = await site.Browser().GetDocumentAsync("/en/courses");
        var upcoming = await site.Browser().GetDocumentAsync("/en/courses?when=upcoming&lang=th");

        var titles = all.QuerySelectorAll(".catalog a").Select(a => a.TextContent).ToList();
        Assert.Contains("Test course (en)", titles);
        Assert.Contains("Test course (th)", titles);
        Assert.DoesNotContain("Test course (ar)", titles);
        Assert.Equal(["Test course (th)"], upcoming.QuerySelectorAll(".catalog a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_learner_enrols_studies_passes_the_quizzes_and_completes()
    {
        var client = await LearnerAsync("journey@example.org");

        Assert.Contains("You are enrolled", await (await EnrolAsync(client, English)).Content.ReadAsStringAsync());
        var done = await client.SubmitAsync($"/en/learning/{English}/lessons/{English}-u1-l1", new Dictionary<string, string>(), "form[action*='handler=Done']");
        Assert.Equal($"/en/learning/{English}/quizzes/{English}-u1-q", done.Headers.Location!.OriginalString);
        Assert.Contains("Your score: 100", await (await AnswerAsync(client, $"{English}-u1-q", 1)).Content.ReadAsStringAsync());
        await client.SubmitAsync($"/en/learning/{English}/lessons/{English}-u2-l1", new Dictionary<string, string>(), "form[action*='handler=Done']");
        var final = await (await AnswerAsync(client, $"{English}-u2-q", 1)).Content.ReadAsStringAsync();

        Assert.Contains("You have completed this course", final);
        var learning = await client.GetDocumentAsync("/en/learning");
        Assert.Equal("100", learning.QuerySelector("progress")!.GetAttribute("value"));

        var pdf = await client.GetAsync($"/en/learning/{English}/certificate");
        var again = await client.GetAsync($"/en/learning/{English}/certificate");
        var code = pdf.Content.Headers.ContentDisposition!.FileName!.Trim('"')["certificate-".Length..^".pdf".Length];
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf.Content.Headers.ContentDisposition.FileName, again.Content.Headers.ContentDisposition!.FileName);
        var verified = await site.Browser().GetDocumentAsync($"/fr/verify/{code}");
        Assert.Contains("Test learner", verified.QuerySelector("main")!.TextContent);
        var stranger = await LearnerAsync("stranger@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/en/learning/{English}/certificate")).StatusCode);
    }

    [Fact]
    public async Task Enrolling_twice_changes_nothing()
    {
        var client = await LearnerAsync("twice@example.org");
        await EnrolAsync(client, English);

        var again = await (await EnrolAsync(client, English)).Content.ReadAsStringAsync();

        Assert.Contains("already enrolled", again);
    }

    [Theory]
    [InlineData("test-ar", "closed")]
    [InlineData("no-such-edition", "not offered")]
    public async Task Archived_or_forged_editions_are_refused(string editionId, string message)
    {
        var client = await LearnerAsync($"refused-{editionId}@example.org");
        var page = await client.GetDocumentAsync($"/en/courses/{CourseRecipe.Slug}");
        var form = page.QuerySelector("form[action*='handler=Enrol']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["editionId"] = editionId,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_waitlisted_learner_cannot_open_the_lessons_yet()
    {
        var client = await LearnerAsync("waiting@example.org");

        Assert.Contains("waitlist", await (await EnrolAsync(client, CourseRecipe.EditionId("th"))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/th/learning/test-th/lessons/test-th-u1-l1")).StatusCode);
    }

    [Fact]
    public async Task Nobody_sees_another_learners_lessons_or_quizzes()
    {
        var owner = await LearnerAsync("owner@example.org");
        await EnrolAsync(owner, English);
        var other = await LearnerAsync("other@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/en/learning/{English}/lessons/{English}-u1-l1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/en/learning/{English}/quizzes/{English}-u1-q")).StatusCode);
    }

    [Fact]
    public async Task A_quiz_refuses_attempts_beyond_its_limit_and_keeps_the_best_score()
    {
        var client = await LearnerAsync("attempts@example.org");
        await EnrolAsync(client, English);
        await AnswerAsync(client, $"{English}-u1-q", 1);
        await AnswerAsync(client, $"{English}-u1-q", 2);

        var page = await client.GetDocumentAsync($"/en/learning/{English}/quizzes/{English}-u1-q");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var third = await client.PostAsync($"/en/learning/{English}/quizzes/{English}-u1-q", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, [$"q-{English}-u1-q-1"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("Best score: 100", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Enrolling_needs_a_signed_in_learner()
    {
        var page = await site.Browser().GetDocumentAsync($"/en/courses/{CourseRecipe.Slug}");

        Assert.Null(page.QuerySelector("form[action*='handler=Enrol']"));
        Assert.NotNull(page.QuerySelector("a[href*='/account/sign-in?returnUrl=']"));
    }
}

public sealed class SqliteLearnerJourneyTests(SqliteSite site) : LearnerJourneyTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresLearnerJourneyTests(PostgresSite site) : LearnerJourneyTests<PostgresSite>(site);
