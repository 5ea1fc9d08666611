using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Learning.Core.Tests.Tables;
using Learning.Courses;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Courses.Authoring;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Courses.Learners;

/// <summary>
/// Staff follow an edition's learners: the list filters, searches and pages in the database, and the
/// downloads, read back by Python's csv module and openpyxl, hold the same learners with their grades.
/// </summary>
public abstract class EditionLearnersTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private static readonly string List = CourseAddresses.EditionLearners(Roster.English);

    public Task InitializeAsync() => Roster.SetUpAsync(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_shows_every_learner_with_state_progress_grades_and_certificate()
    {
        var page = await (await Editors.AdministratorAsync(site)).GetDocumentAsync(List);

        // The database's collation places the name that starts with "=": SQLite first, PostgreSQL's locale by its letters.
        Assert.Equal(["Ana Stalled", "Ben Busy", "Cleo Complete", "Dan Waiting", "Eve Idle"], Names(page).Where(n => n != Roster.FormulaName));
        Assert.Contains(Roster.FormulaName, Names(page));
        Assert.Contains("6 learners", page.QuerySelector("#total")!.TextContent);
        var ben = Row(page, "Ben Busy");
        Assert.Contains("Enrolled", ben);
        Assert.Contains("1 of 2 lessons (50 %)", ben);
        Assert.Contains("best 100 % in 2 attempts", ben);
        Assert.Contains("Not tried", ben);
        var cleo = Row(page, "Cleo Complete");
        Assert.Contains("Completed the course", cleo);
        Assert.Contains("2 of 2 lessons (100 %)", cleo);
        var code = (await Roster.IssueAsync(site, "roster-cleo")).Code;
        Assert.Contains(code, cleo);
        Assert.Contains("Nothing yet", Row(page, "Eve Idle"));
    }

    [Theory]
    [InlineData("state=Completed", new[] { "Cleo Complete" })]
    [InlineData("state=waitlisted", new[] { "Dan Waiting" })]
    [InlineData("band=0-25", new[] { "Dan Waiting", "Eve Idle", Roster.FormulaName })]
    [InlineData("band=50-75", new[] { "Ana Stalled", "Ben Busy" })]
    [InlineData("band=75-100", new[] { "Cleo Complete" })]
    [InlineData("activity=NotStarted", new[] { "Dan Waiting", "Eve Idle", Roster.FormulaName })]
    [InlineData("activity=Stalled", new[] { "Ana Stalled" })]
    [InlineData("q=cleo", new[] { "Cleo Complete" })]
    [InlineData("q=BEN%40ROSTER", new[] { "Ben Busy" })]
    [InlineData("q=idle&state=Enrolled&band=0-25&activity=NotStarted", new[] { "Eve Idle" })]
    public async Task Each_filter_and_the_search_narrow_the_list(string query, string[] expected)
    {
        var page = await (await Editors.AdministratorAsync(site)).GetDocumentAsync($"{List}?{query}");

        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(page).Order(StringComparer.Ordinal));
        Assert.Contains(expected.Length == 1 ? "1 learner" : $"{expected.Length} learners", page.QuerySelector("#total")!.TextContent);
    }

    [Fact]
    public async Task No_match_is_said_so()
    {
        var page = await (await Editors.AdministratorAsync(site)).GetDocumentAsync($"{List}?q=nobody-at-all&state=Completed");

        Assert.Empty(Names(page));
        Assert.Contains("No learners match these filters.", page.Text());
    }

    [Fact]
    public async Task A_long_list_is_paged_with_its_total()
    {
        var admin = await Editors.AdministratorAsync(site);
        var first = await admin.GetDocumentAsync(CourseAddresses.EditionLearners(Roster.Thai));
        var link = first.QuerySelectorAll<IHtmlAnchorElement>("nav.pager a").Single(a => a.TextContent == "2").GetAttribute("href")!;
        var second = await admin.GetDocumentAsync(link);

        Assert.Contains("30 learners", first.QuerySelector("#total")!.TextContent);
        Assert.Equal(25, Names(first).Count);
        Assert.Equal(5, Names(second).Count);
        Assert.Empty(Names(first).Intersect(Names(second)));
        Assert.Contains("Page 2 of 2", second.Text());
    }

    [Theory]
    [InlineData("state=7", "Choose a state from the list.")]
    [InlineData("state=Enrolled,Completed", "Choose a state from the list.")]
    [InlineData("band=10-20", "Choose a progress band from the list.")]
    [InlineData("activity=Sleeping", "Choose an activity from the list.")]
    [InlineData("format=pdf", "Choose CSV or Excel as the format.")]
    [InlineData("format=csv&band=%3Cscript%3E", "Choose a progress band from the list.")]
    public async Task A_forged_filter_is_refused_with_a_clear_message(string query, string message)
    {
        var page = await (await Editors.AdministratorAsync(site)).GetDocumentAsync($"{List}?{query}", HttpStatusCode.BadRequest);

        Assert.Contains(message, page.QuerySelector(".errors")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?format=csv")]
    [InlineData("?format=xlsx")]
    public async Task An_unknown_edition_is_not_found(string query)
    {
        var answer = await (await Editors.AdministratorAsync(site)).GetAsync(CourseAddresses.EditionLearners("no-such-edition") + query);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task The_csv_holds_the_filtered_learners_with_grades_completion_and_certificate()
    {
        var admin = await Editors.AdministratorAsync(site);
        var answer = await admin.GetAsync($"{List}?format=csv&band=75-100");
        var all = ForeignReaders.Csv(await admin.GetByteArrayAsync($"{List}?format=csv"));
        var completed = ForeignReaders.Csv(await answer.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", answer.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"learners-{Roster.English}.csv", answer.Content.Headers.ContentDisposition!.ToString());
        Assert.True(all.ByteOrderMark);
        var header = all.Rows[0];
        Assert.Equal(["Name", "E-mail", "Enrolment state", "Enrolled on", "Lessons done", "Lessons", "Progress (%)",
            "Quiz 1: best score", "Quiz 1: attempts", "Quiz 2: best score", "Quiz 2: attempts", "Last activity", "Completed on", "Certificate code"], header);
        Assert.Equal(7, all.Rows.Count);
        string Cell(List<string> row, string column) => row[header.IndexOf(column)];
        var ben = all.Rows.Single(r => r[0] == "Ben Busy");
        Assert.Equal(["1", "2", "50", "100", "2", "", "0", ""], new[] { "Lessons done", "Lessons", "Progress (%)", "Quiz 1: best score", "Quiz 1: attempts", "Quiz 2: best score", "Quiz 2: attempts", "Certificate code" }.Select(c => Cell(ben, c)));
        Assert.Equal("'" + Roster.FormulaName, all.Rows.Single(r => r[1] == "formula@roster.example.org")[0]);

        var cleo = Assert.Single(completed.Rows.Skip(1));
        Assert.Equal("Cleo Complete", cleo[0]);
        Assert.Equal((await Roster.IssueAsync(site, "roster-cleo")).Code, Cell(cleo, "Certificate code"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\dZ$", Cell(cleo, "Completed on"));
    }

    [Fact]
    public async Task The_workbook_holds_the_same_learners_as_text_numbers_and_dates()
    {
        var admin = await Editors.AdministratorAsync(site);
        var answer = await admin.GetAsync($"{List}?format=xlsx&state=Enrolled");
        var workbook = ForeignReaders.Workbook(await answer.Content.ReadAsByteArrayAsync());

        Assert.Equal(Learning.Core.Tables.Xlsx.MediaType, answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Learners"], workbook.Sheets);
        var header = workbook.Rows[0].Select(c => c.Value).ToList();
        var rows = workbook.Rows.Skip(1).ToDictionary(r => r[header.IndexOf("E-mail")].Value!);
        Assert.Equal(["ana@roster.example.org", "ben@roster.example.org", "eve@roster.example.org", "formula@roster.example.org"], rows.Keys.Order());
        ForeignCell Cell(string email, string column) => rows[email][header.IndexOf(column)];
        Assert.Equal(("n", "100"), (Cell("ben@roster.example.org", "Quiz 1: best score").Type, Cell("ben@roster.example.org", "Quiz 1: best score").Value));
        Assert.Equal(("n", "50"), (Cell("ana@roster.example.org", "Progress (%)").Type, Cell("ana@roster.example.org", "Progress (%)").Value));
        Assert.Equal("d", Cell("ana@roster.example.org", "Last activity").Type);
        Assert.Equal(("s", Roster.FormulaName), (Cell("formula@roster.example.org", "Name").Type, Cell("formula@roster.example.org", "Name").Value));
    }

    [Fact]
    public async Task A_download_longer_than_a_batch_holds_every_learner_once()
    {
        var arabic = CourseRecipe.EditionId("ar");
        await CourseSite.WaitlistAsync(site, arabic, "batch", Learning.Courses.Learners.EditionLearners.BatchSize * 2 + 7);

        var csv = ForeignReaders.Csv(await (await Editors.AdministratorAsync(site)).GetByteArrayAsync(CourseAddresses.EditionLearners(arabic) + "?format=csv"));

        var emails = csv.Rows.Skip(1).Select(r => r[1]).ToList();
        Assert.Equal(Learning.Courses.Learners.EditionLearners.BatchSize * 2 + 7, emails.Count);
        Assert.Equal(emails.Count, emails.Distinct().Count());
    }

    [Fact]
    public async Task The_quiz_answers_page_gives_each_question_its_share_right_and_each_option_its_share()
    {
        var admin = await Editors.AdministratorAsync(site);
        var link = (await admin.GetDocumentAsync(List)).QuerySelector<IHtmlAnchorElement>("a#quiz-statistics")!.GetAttribute("href")!;
        var page = await admin.GetDocumentAsync(link);

        Assert.Equal(CourseAddresses.EditionQuizStatistics(Roster.English), link);
        var unit = page.QuerySelector($"#quiz-{Roster.UnitQuiz}")!;
        Assert.Contains("3 attempts", unit.QuerySelector(".attempts")!.TextContent);
        var question = unit.QuerySelector($"tr[data-question='{Roster.UnitQuiz}-1']")!;
        Assert.Equal("67 %", question.QuerySelector(".right")!.TextContent.Trim());
        Assert.Equal(["67 %", "33 %"], question.QuerySelectorAll(".share").Select(s => s.TextContent.Trim()));
        Assert.Contains("1 attempt", page.QuerySelector($"#quiz-{Roster.FinalQuiz} .attempts")!.TextContent);
        Assert.Equal("100 %", page.QuerySelector($"#quiz-{Roster.FinalQuiz} .right")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(CourseAddresses.EditionQuizStatistics("no-such-edition"))).StatusCode);
    }

    [Fact]
    public async Task The_edition_page_links_to_its_learners()
    {
        var page = await (await Editors.AdministratorAsync(site)).GetDocumentAsync(Learning.Courses.Authoring.AuthoringPaths.Edition(Roster.English));

        Assert.Equal(List, page.QuerySelector<IHtmlAnchorElement>("a#learners")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_learner_and_a_moderator_are_turned_away()
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, $"nosy-{typeof(TSite).Name}@example.org");
        var moderator = await ModeratorAsync();

        foreach (var client in new[] { learner, moderator })
        {
            foreach (var url in new[] { List, List + "?format=csv", List + "?format=xlsx", CourseAddresses.EditionQuizStatistics(Roster.English) })
            {
                var answer = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
                Assert.Contains("access-denied", answer.Headers.Location!.OriginalString);
            }
        }
    }

    private async Task<HttpClient> ModeratorAsync()
    {
        var email = $"moderator-{Guid.NewGuid():N}@example.org";
        await (await Editors.AdministratorAsync(site)).SaveAsync("/admin/users/new", new()
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Moderator", ["Input.Password"] = "Moderator-pass-1", ["Input.Roles"] = "CampaignModerator",
        });
        var moderator = site.Browser();
        await moderator.SignInAsync(email, "Moderator-pass-1");
        return moderator;
    }

    private static List<string> Names(IHtmlDocument page) =>
        page.QuerySelectorAll("#learners tbody tr").Select(r => r.QuerySelector("td")!.ChildNodes[0].TextContent.Trim()).ToList();

    private static string Row(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("#learners tbody tr").Single(r => r.QuerySelector("td")!.ChildNodes[0].TextContent.Trim() == name).TextContent;
}

public sealed class SqliteEditionLearnersTests(SqliteSite site) : EditionLearnersTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresEditionLearnersTests(PostgresSite site) : EditionLearnersTests<PostgresSite>(site);
