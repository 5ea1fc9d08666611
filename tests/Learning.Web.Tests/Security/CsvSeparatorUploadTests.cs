using System.Net;
using System.Text;
using Learning.TideTurners.Youths;
using Learning.Training.Surveys;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Learning.Web.Tests.Training;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Rosters and field surveys as Excel saves them in other languages: semicolons (French, Spanish,
/// Portuguese, Russian, Indonesian, Vietnamese) or tabs, with a UTF-8 byte order mark, uploaded through
/// the real forms. They are stored; a bad one is refused, and the refusal says in the reader's language
/// how its columns were split.
/// </summary>
[Trait("Category", "Security")]
public sealed class CsvSeparatorUploadTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly byte[] Bom = Encoding.UTF8.GetPreamble();

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public async Task A_roster_saved_with_semicolons_or_tabs_and_a_byte_order_mark_is_stored(char separator)
    {
        var (leader, group) = await ChallengeSite.LeaderWithGroupAsync(site, "Separator group");
        var roster = Saved(separator, RosterCsv.Header, "Ayu,under-13,yes,id", "\"Thảo;Anh\",13-15,yes,vi", "Zoë,16+,no,fr");

        var response = await ChallengeSite.UploadRosterAsync(leader, group, roster, "fr");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.MainTextAsync());
        var names = await site.WithDbAsync(db => db.Set<Youth>().Where(y => y.GroupId == group).Select(y => y.Nickname).ToListAsync());
        Assert.Equal(["Ayu", "Thảo;Anh", "Zoë"], names.Order());
    }

    [Fact]
    public async Task A_bad_roster_with_semicolons_is_refused_naming_the_semicolons_in_french_and_stores_nothing()
    {
        var (leader, group) = await ChallengeSite.LeaderWithGroupAsync(site, "Separator group");
        var roster = Saved(';', RosterCsv.Header, "Ayu,under-13,maybe,id");

        var response = await ChallengeSite.UploadRosterAsync(leader, group, roster, "fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("ul.roster-errors li").Select(li => li.TextContent).ToList();
        Assert.Equal("Ligne 1\u00A0: Dans ce fichier, les colonnes sont séparées par des points-virgules (;).", errors[0]);
        Assert.Contains(errors, e => e.StartsWith("Ligne 2\u00A0: ", StringComparison.Ordinal));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group)));
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public async Task A_survey_saved_with_semicolons_or_tabs_and_a_byte_order_mark_is_stored(char separator)
    {
        var (trainee, cohort) = await TrainingFlows.AcceptedTraineeAsync(site, "Separator cohort");
        var lines = SurveyCsv.Template.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var response = await TrainingFlows.UploadSurveyAsync(trainee, cohort, Saved(separator, [.. lines, "\"Praia de Iracema; norte\",BR,2024-04-02,100,PL02,Drink bottles,5"]), "pt");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.MainTextAsync());
        var sites = await site.WithDbAsync(db => db.Set<SurveyAssignment>().Where(a => a.CohortId == cohort).SelectMany(a => a.Rows).Select(r => r.Site).ToListAsync());
        Assert.Equal(["Nyali Beach", "Nyali Beach", "Praia de Iracema; norte"], sites.Order());
    }

    [Fact]
    public async Task A_bad_survey_with_semicolons_is_refused_naming_the_semicolons_in_spanish_and_stores_nothing()
    {
        var (trainee, cohort) = await TrainingFlows.AcceptedTraineeAsync(site, "Separator cohort");
        var survey = Saved(';', "site,country,date,transect_length_m,category_code,category_name,count", "Nyali Beach,KE,2024-03-16,100,PL02,Drink bottles,-3");

        var response = await TrainingFlows.UploadSurveyAsync(trainee, cohort, survey, "es");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("table.survey-errors tbody tr")
            .Select(tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();
        Assert.Equal("1||En este archivo, las columnas están separadas por punto y coma (;).", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("2|count|", StringComparison.Ordinal));
        Assert.False(await site.WithDbAsync(db => db.Set<SurveyAssignment>().AnyAsync(a => a.CohortId == cohort)));
    }

    [Fact]
    public async Task A_survey_whose_header_has_no_separator_is_refused_saying_so()
    {
        var (trainee, cohort) = await TrainingFlows.AcceptedTraineeAsync(site, "Separator cohort");

        var response = await TrainingFlows.UploadSurveyAsync(trainee, cohort, Encoding.UTF8.GetBytes("site|country|date\nNyali|KE|2024-03-16\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The first line of this file has no comma, semicolon or tab between the column names.", await response.MainTextAsync());
    }

    /// <summary>Lines written with commas, as a spreadsheet in another language saves them: UTF-8 with a byte order mark, CRLF.</summary>
    private static byte[] Saved(char separator, params string[] lines) =>
        [.. Bom, .. Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => WithSeparator(l, separator) + "\r\n")))];

    /// <summary>Swaps the commas between fields for the separator, leaving those inside quotes alone.</summary>
    private static string WithSeparator(string line, char separator)
    {
        var text = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            quoted = c == '"' ? !quoted : quoted;
            text.Append(c == ',' && !quoted ? separator : c);
        }
        return text.ToString();
    }
}
