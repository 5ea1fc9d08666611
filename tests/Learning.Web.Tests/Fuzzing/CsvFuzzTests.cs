using System.Diagnostics;
using System.Net;
using System.Text;
using Learning.TideTurners.Youths;
using Learning.Training.Surveys;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Learning.Web.Tests.Training;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Mutants of the two CSV files people upload, a Tide Turners roster and a shoreline survey, sent
/// through the upload forms: never a server error; a file is stored whole, or refused with errors that
/// each name their line and nothing is written.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class CsvFuzzTests(SqliteSite site, ITestOutputHelper output) : IClassFixture<SqliteSite>
{
    private const int Mutants = 250;
    private const int MutantsPerGroup = 50;

    private const string Roster = RosterCsv.Header + "\nAyu,under-13,yes,id\nMalee,13-15,yes,th\nZoë,16+,no,fr\nThảo,under-13,yes,vi\nAmira,16+,yes,ar\n";

    private const string Survey = SurveyCsv.Template + "Praia de Iracema,BR,2024-04-02,100,PL02,Drink bottles,5\n";

    [Fact]
    public async Task Mutated_rosters_are_stored_whole_or_refused_naming_the_line_with_nothing_written()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        long group = 0;
        string token = "";
        await RunAsync("roster", 0, async seed =>
        {
            // A fresh group now and then keeps the page, which lists every youth, small.
            if (seed % MutantsPerGroup == 0)
            {
                group = await ChallengeSite.CreateGroupAsync(leader, $"Fuzz group {seed}");
                token = await TokenAsync(leader, $"/en/tide-turners/groups/{group}");
            }
        }, async bytes =>
        {
            var before = await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group));
            var response = await PostAsync(leader, $"/en/tide-turners/groups/{group}?handler=Import", token, "roster", "roster.csv", bytes);
            var stored = await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group)) - before;
            var lines = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("ul.roster-errors li").Select(li => li.TextContent).ToList();
            return (response.StatusCode, stored, lines.Where(l => !l.StartsWith("Line ", StringComparison.Ordinal)).ToList(), lines.Count);
        });
    }

    [Fact]
    public async Task Mutated_surveys_are_stored_whole_or_refused_naming_the_row_with_nothing_written()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohort, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Fuzz cohort", "KE", masterclass: false);
        var trainee = await TrainingFlows.PersonAsync(site, "fuzz");
        await TrainingFlows.ApplyAsync(trainee, slug);
        await TrainingFlows.AcceptNewestAsync(site, admin, cohort);
        var token = await TokenAsync(trainee, "/en/training/my", $"form#survey-{cohort}");
        await RunAsync("survey", 10_000, _ => Task.CompletedTask, async bytes =>
        {
            var response = await PostAsync(trainee, "/en/training/my?handler=Survey", token, "file", "survey.csv", bytes, ("cohortId", cohort));
            var stored = await site.WithDbAsync(db => db.Set<SurveyAssignment>().Where(a => a.CohortId == cohort).SelectMany(a => a.Rows).CountAsync());
            var rows = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("table.survey-errors tbody tr td:first-child").Select(td => td.TextContent).ToList();
            return (response.StatusCode, response.StatusCode == HttpStatusCode.Redirect ? stored : 0, rows.Where(r => !int.TryParse(r, out var n) || n < 1).ToList(), rows.Count);
        });
    }

    /// <summary>
    /// Sends each mutant and checks the outcome: a redirect stored exactly the file's data lines; a 400
    /// listed errors that all name a line (or refused the file for its size) and changed no table.
    /// </summary>
    private async Task RunAsync(string format, int firstSeed, Func<int, Task> prepare, Func<byte[], Task<(HttpStatusCode Status, int Stored, List<string> Unplaced, int Errors)>> upload)
    {
        var source = format == "roster" ? Roster : Survey;
        var problems = new List<string>();
        var (accepted, refused) = (0, 0);
        var clock = Stopwatch.StartNew();
        for (var seed = firstSeed; seed < firstSeed + Mutants; seed++)
        {
            var (bytes, change) = CsvMutator.Mutate(source, seed);
            await prepare(seed - firstSeed);
            var before = await TableRows.CountAsync(site);
            var (status, stored, unplaced, errors) = await upload(bytes);
            var after = await TableRows.CountAsync(site);
            var problem = status switch
            {
                HttpStatusCode.Redirect when stored != DataLines(bytes) => $"accepted but stored {stored} of {DataLines(bytes)} rows",
                HttpStatusCode.Redirect => null,
                HttpStatusCode.BadRequest when after != before => $"refused but wrote rows: {TableRows.Difference(before, after)}",
                HttpStatusCode.BadRequest when TooBig(bytes, format) => null,
                HttpStatusCode.BadRequest when errors == 0 => "refused without a line-by-line error",
                HttpStatusCode.BadRequest when unplaced.Count > 0 => $"error without a line: {unplaced[0]}",
                HttpStatusCode.BadRequest => null,
                _ => $"answered {(int)status}",
            };
            (accepted, refused) = status == HttpStatusCode.Redirect ? (accepted + 1, refused) : (accepted, refused + 1);
            if (problem is not null)
            {
                problems.Add($"{format} seed {seed} ({change}): {problem}");
            }
        }
        output.WriteLine($"{format}: seeds {firstSeed} to {firstSeed + Mutants - 1}, {accepted} accepted, {refused} refused, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        // Both formats together must stay under two minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"{format} took {clock.Elapsed}");
    }

    private static bool TooBig(byte[] bytes, string format) => bytes.Length > (format == "roster" ? RosterCsv.MaxBytes : SurveySubmissions.MaxBytes);

    private static int DataLines(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split('\n').Count(l => l.Trim().Length > 0) - 1;

    private static async Task<string> TokenAsync(HttpClient client, string page, string form = "main") =>
        (await client.GetDocumentAsync(page)).QuerySelector($"{form} input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string token, string field, string name, byte[] bytes, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        form.Add(new ByteArrayContent(bytes), field, name);
        return await client.PostAsync(action, form);
    }
}
