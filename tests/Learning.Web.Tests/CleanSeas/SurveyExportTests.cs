using System.Net;
using Learning.CleanSeas.Surveys;
using Learning.Core.Tests.Tables;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Learning.Web.Tests.CleanSeas.CleanSeasFlows;

namespace Learning.Web.Tests.CleanSeas;

/// <summary>
/// Survey results downloaded from a running site and read by openpyxl and Python's csv module: free-text
/// answers that look like numbers or formulas stay text exactly, number and scale answers are numbers.
/// </summary>
public sealed class SurveyExportTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly string[] FreeTexts = ["1,000", "5-", " 12 ", "007", "=1+2"];

    [Fact]
    public async Task Free_text_answers_stay_text_and_number_answers_are_numbers_in_the_workbook_and_the_csv()
    {
        var (focal, pledge) = await ApplyAsync(site, "SN", "fr");
        var moderator = await ModeratorAsync(site);
        await VerifyAsync(moderator, pledge);
        var url = await SentSurveyAsync(moderator);
        var surveyId = long.Parse(url.Split('/').Last());
        var questions = await site.WithDbAsync(db => db.Set<SurveyQuestion>().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Order).Select(q => q.Id).ToListAsync());
        var answers = questions.Zip([.. FreeTexts, "1,000", "4"]).ToDictionary(p => $"Answers[{p.First}]", p => p.Second);
        var submitted = await focal.SubmitAsync($"/fr/clean-seas/surveys/{surveyId}", answers, "form#answers", "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var workbook = ForeignReaders.Workbook(await moderator.GetByteArrayAsync(url + "?handler=Xlsx"));
        var csv = ForeignReaders.Csv(await moderator.GetByteArrayAsync(url + "?handler=Csv"));

        Assert.Equal(["Responses"], workbook.Sheets);
        var row = workbook.Rows[1];
        Assert.Equal(("s", pledge), (row[0].Type, row[0].Value));
        Assert.Equal("d", row[3].Type);
        Assert.Equal(FreeTexts.Select(t => ("s", (string?)t)), row.Skip(4).Take(FreeTexts.Length).Select(c => (c.Type, c.Value)));
        Assert.Equal([("n", "1000"), ("n", "4")], row.Skip(4 + FreeTexts.Length).Select(c => (c.Type, c.Value)));
        Assert.True(csv.ByteOrderMark);
        Assert.Equal(["1,000", "5-", " 12 ", "007", "'=1+2", "1000", "4"], csv.Rows[1].Skip(4));
    }

    /// <summary>A survey of five free-text questions, a number and a scale, sent; returns its admin address.</summary>
    private static async Task<string> SentSurveyAsync(HttpClient moderator)
    {
        var created = await moderator.SubmitAsync("/admin/clean-seas/surveys", new Dictionary<string, string> { ["Titles[en]"] = "Export review" }, "form#new-survey");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var kinds = FreeTexts.Select(_ => "Text").Concat(["Number", "Scale"]).ToList();
        for (var i = 0; i < kinds.Count; i++)
        {
            var added = await moderator.SubmitAsync(url, new Dictionary<string, string> { ["Question.Kind"] = kinds[i], ["Question.Texts[en]"] = $"Question {i + 1}" }, "form#new-question");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync(url, new Dictionary<string, string>(), "form#send")).StatusCode);
        return url;
    }
}
