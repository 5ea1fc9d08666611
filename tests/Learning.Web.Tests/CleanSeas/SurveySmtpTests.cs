using System.IO.Compression;
using System.Net;
using Learning.CleanSeas.Surveys;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static Learning.Web.Tests.CleanSeas.CleanSeasFlows;

namespace Learning.Web.Tests.CleanSeas;

/// <summary>
/// A moderator builds the review survey and sends it: every signatory government's focal point gets
/// it at the real SMTP server in their language, answers once, and the answers come out as charts,
/// CSV and an Excel workbook.
/// </summary>
public abstract class SurveySmtpTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task The_survey_reaches_every_government_and_its_answers_are_charted_and_exported()
    {
        Smtp.Use(site);
        var (french, frenchPledge) = await ApplyAsync(site, "SN", "fr");
        var (spanish, spanishPledge) = await ApplyAsync(site, "PE", "es");
        var moderator = await ModeratorAsync(site);
        await VerifyAsync(moderator, frenchPledge);
        await VerifyAsync(moderator, spanishPledge);
        var emails = await site.WithDbAsync(db => db.Set<Learning.CleanSeas.Pledges.Pledge>()
            .Where(p => p.Id == frenchPledge || p.Id == spanishPledge).ToDictionaryAsync(p => p.Id, p => p.ContactEmail));

        var created = await moderator.SubmitAsync("/admin/clean-seas/surveys", new Dictionary<string, string>
        {
            ["Titles[en]"] = "Mid-term review", ["Titles[fr]"] = "Examen à mi-parcours", ["Titles[es]"] = "Examen de mitad de período",
        }, "form#new-survey");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var question = await moderator.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Question.Kind"] = "SingleChoice", ["Question.Texts[en]"] = "Is a national action plan in force?",
            ["Question.Texts[fr]"] = "Un plan d'action national est-il en vigueur ?", ["Question.Texts[es]"] = "¿Hay un plan de acción nacional vigente?",
            ["Question.Options[en]"] = "Yes\nNo", ["Question.Options[fr]"] = "Oui\nNon", ["Question.Options[es]"] = "Sí\nNo",
        }, "form#new-question");
        Assert.Equal(HttpStatusCode.Redirect, question.StatusCode);
        await moderator.SubmitAsync(url, new Dictionary<string, string> { ["Question.Kind"] = "Text", ["Question.Texts[en]"] = "What helped most?" }, "form#new-question");
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync(url, new Dictionary<string, string>(), "form#send")).StatusCode);

        var frenchMail = Assert.Single(await WaitForAsync(emails[frenchPledge]));
        Assert.Equal("Clean Seas : enquête Examen à mi-parcours", frenchMail.Subject);
        var spanishMail = Assert.Single(await WaitForAsync(emails[spanishPledge]));
        Assert.Equal("Clean Seas: encuesta Examen de mitad de período", spanishMail.Subject);

        var surveyId = long.Parse(url.Split('/').Last());
        var questions = await site.WithDbAsync(db => db.Set<SurveyQuestion>().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Order).Select(q => q.Id).ToListAsync());
        var answerUrl = $"/fr/clean-seas/surveys/{surveyId}";
        var page = await french.GetDocumentAsync(answerUrl);
        Assert.Contains("Un plan d'action national est-il en vigueur ?", page.QuerySelector("form#answers")!.TextContent);
        var answers = new Dictionary<string, string> { [$"Answers[{questions[0]}]"] = "0", [$"Answers[{questions[1]}]"] = "La loi sur les sacs" };
        Assert.Equal(HttpStatusCode.Redirect, (await french.SubmitAsync(page, answerUrl, answers, "form#answers", "Draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await french.SubmitAsync(answerUrl, answers, "form#answers", "Submit")).StatusCode);
        var twice = await french.PostWithTokenAsync("/fr/clean-seas/my-pledge", answerUrl + "?handler=Submit", answers);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == surveyId)));

        var results = await moderator.GetDocumentAsync(url);
        Assert.Contains("1 of 2", results.QuerySelector("#rate")!.TextContent);
        var bars = results.QuerySelectorAll($"#result-{questions[0]} svg .count").Select(e => e.TextContent).ToList();
        Assert.Equal(["1", "0"], bars);

        var csv = await moderator.GetStringAsync(url + "?handler=Csv");
        Assert.Contains($"{frenchPledge},SN,fr,", csv);
        Assert.Contains("Yes", csv);
        Assert.Contains("La loi sur les sacs", csv);
        using var xlsx = new ZipArchive(new MemoryStream(await moderator.GetByteArrayAsync(url + "?handler=Xlsx")));
        using var sheet = new StreamReader(xlsx.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(await sheet.ReadToEndAsync());
        var cells = xml.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value).ToList();
        Assert.Contains(frenchPledge, cells);
        Assert.Contains("Yes", cells);
        Assert.Contains("La loi sur les sacs", cells);
        Assert.NotNull(xlsx.GetEntry("[Content_Types].xml"));
    }

    private static async Task<List<MimeMessage>> WaitForAsync(string email)
    {
        for (var i = 0; i < 240; i++)
        {
            var found = Received(email);
            if (found.Count > 0)
            {
                await Task.Delay(1500);
                return Received(email);
            }
            await Task.Delay(250);
        }
        return [];
    }

    private static List<MimeMessage> Received(string email) =>
        Directory.GetFiles(TestEnvironment.SmtpMaildir, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith("Clean Seas")).ToList();
}

[Trait("Category", "Smtp")]
public sealed class SqliteSurveySmtpTests(SqliteSite site) : SurveySmtpTests<SqliteSite>(site);

[Trait("Category", "Smtp")]
[Trait("Category", "Postgres")]
public sealed class PostgresSurveySmtpTests(PostgresSite site) : SurveySmtpTests<PostgresSite>(site);
