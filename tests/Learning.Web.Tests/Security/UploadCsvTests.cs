using System.Net;
using System.Text;
using Learning.Core.Recipes;
using Learning.TideTurners.Youths;
using Learning.Training.Surveys;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Learning.Web.Tests.Training;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Rosters, field surveys and recipes: a page, a script or binary data under a .csv or .json name
/// is refused with a message naming the line, and nothing is stored; a file over the limit is refused
/// with a message, and a much bigger one gets the 413 page.
/// </summary>
[Trait("Category", "Security")]
public sealed class UploadCsvTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    public static TheoryData<string, byte[]> NotCsv => new()
    {
        { "web page", UploadSamples.Html },
        { "shell script", UploadSamples.ShellScript },
        { "binary data", UploadSamples.Junk(4000) },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(RosterCsv.Header + "\nAyu,under-13,yes,id\n")).ToArray() },
        { "UTF-16 without a byte order mark", Encoding.Unicode.GetBytes(RosterCsv.Header + "\nAyu,under-13,yes,id\n") },
        { "roster with a script row", Encoding.UTF8.GetBytes(RosterCsv.Header + "\nAyu,under-13,yes,id\n<script>alert(1)</script>,16+,yes,en\n") },
    };

    [Theory]
    [MemberData(nameof(NotCsv))]
    public async Task A_roster_that_is_not_CSV_text_is_refused_naming_the_line_and_stores_nothing(string what, byte[] content)
    {
        var (leader, group) = await ChallengeSite.LeaderWithGroupAsync(site, "Upload group");

        var response = await ChallengeSite.UploadRosterAsync(leader, group, content);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, what);
        var errors = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("ul.roster-errors li").Select(li => li.TextContent).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@"^Line \d+: ", e));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group)));
    }

    [Fact]
    public async Task A_roster_over_100_KB_is_refused_with_a_message_and_a_much_bigger_one_gets_the_413_page()
    {
        var (leader, group) = await ChallengeSite.LeaderWithGroupAsync(site, "Upload group");
        var justOver = Encoding.UTF8.GetBytes(RosterCsv.Header + "\n" + string.Concat(Enumerable.Repeat("Ayu,under-13,yes,id\n", RosterCsv.MaxBytes / 20 + 1)));

        var refused = await ChallengeSite.UploadRosterAsync(leader, group, justOver);
        var tooBig = await ChallengeSite.UploadRosterAsync(leader, group, new byte[3 * 1024 * 1024]);

        Assert.Contains("Choose a CSV file of up to 100 KB.", await refused.MainTextAsync());
        Assert.True(tooBig.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{tooBig.StatusCode}: {await tooBig.MainTextAsync()}");
        Assert.Contains("The file is too large", await tooBig.MainTextAsync());
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group)));
    }

    [Theory]
    [MemberData(nameof(NotCsv))]
    public async Task A_survey_that_is_not_CSV_text_is_refused_naming_the_row_and_stores_nothing(string what, byte[] content)
    {
        var (trainee, cohort) = await TrainingFlows.AcceptedTraineeAsync(site, "Upload cohort");

        var response = await TrainingFlows.UploadSurveyAsync(trainee, cohort, content);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, what);
        var rows = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("table.survey-errors tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(int.Parse(r) >= 1));
        Assert.False(await site.WithDbAsync(db => db.Set<SurveyAssignment>().AnyAsync(a => a.CohortId == cohort)));
    }

    [Fact]
    public async Task A_survey_over_1_MB_is_refused_with_a_message_and_a_much_bigger_one_gets_the_413_page()
    {
        var (trainee, cohort) = await TrainingFlows.AcceptedTraineeAsync(site, "Upload cohort");

        var refused = await TrainingFlows.UploadSurveyAsync(trainee, cohort, Encoding.UTF8.GetBytes(SurveyCsv.Template + new string(' ', SurveySubmissions.MaxBytes)));
        var tooBig = await TrainingFlows.UploadSurveyAsync(trainee, cohort, new byte[10 * 1024 * 1024]);

        Assert.Contains("Choose a CSV file of at most 1 MB.", await refused.MainTextAsync());
        Assert.True(tooBig.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{tooBig.StatusCode}: {await tooBig.MainTextAsync()}");
        Assert.Contains("The file is too large", await tooBig.MainTextAsync());
        Assert.False(await site.WithDbAsync(db => db.Set<SurveyAssignment>().AnyAsync(a => a.CohortId == cohort)));
    }

    [Fact]
    public async Task A_recipe_that_is_a_web_page_is_refused_and_one_over_5_MB_gets_a_message_or_the_413_page()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var runs = await site.WithDbAsync(db => db.Set<RecipeRun>().CountAsync());

        var page = await PostRecipeAsync(admin, UploadSamples.Html);
        var justOver = await PostRecipeAsync(admin, Encoding.UTF8.GetBytes("{\"steps\":[]," + new string(' ', 5 * 1024 * 1024) + "}"));
        var tooBig = await PostRecipeAsync(admin, new byte[20 * 1024 * 1024]);

        Assert.Contains("was not imported. Nothing was changed.", await page.MainTextAsync());
        Assert.Contains("The file is larger than 5 MB.", await justOver.MainTextAsync());
        Assert.True(tooBig.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{tooBig.StatusCode}: {await tooBig.MainTextAsync()}");
        Assert.Contains("The file is too large", await tooBig.MainTextAsync());
        Assert.Equal(runs, await site.WithDbAsync(db => db.Set<RecipeRun>().CountAsync()));
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient admin, byte[] content) =>
        admin.PostFileAsync("/admin/recipes", "/admin/recipes?handler=Upload", "upload", "site.recipe.json", content);
}
