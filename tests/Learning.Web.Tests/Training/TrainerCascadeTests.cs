using System.Net;
using System.Text;
using Learning.Training.Curriculum;
using Learning.Training.Surveys;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Training;

/// <summary>
/// A trainee's broken survey is refused row by row and stores nothing; a valid one shows its summary
/// and chart; the trainee is accredited, trains a cohort of their own, and the country's cascade shows both generations.
/// </summary>
public abstract class TrainerCascadeTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_training_page_keeps_the_text_editors_wrote_for_it()
    {
        var page = await site.Browser().GetDocumentAsync("/en/training");

        Assert.Contains("Good decisions need good data.", page.QuerySelector("main .introduction")!.TextContent);
    }

    [Fact]
    public async Task A_trainee_becomes_a_trainer_and_the_cascade_shows_two_generations()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "National ToT Kenya", "KE", masterclass: false);
        var visitor = site.Browser();
        Assert.NotNull((await visitor.GetDocumentAsync("/ar/training")).QuerySelector($"ul.cohorts.open li#cohort-{slug}"));
        Assert.Contains("القمامة على الشواطئ والسواحل", (await visitor.GetDocumentAsync("/ar/training")).QuerySelector("ol.modules")!.TextContent);
        var trainee = await TrainingFlows.PersonAsync(site, "wanjiru");
        await TrainingFlows.ApplyAsync(trainee, slug);
        await TrainingFlows.AcceptNewestAsync(site, admin, cohortId);

        var broken = "site,country,date,transect_length_m,category_code,category_name,count\n"
            + "Nyali,KE,2024-03-16,100,PL02,Drink bottles,-3\n"
            + "Nyali,KE,2999-01-01,100,PL02,Drink bottles,4\n"
            + "Nyali,KE,2024-03-16,100,ZZ99,Unknown,4\n"
            + "Nyali,KE,2024-03-16,100,PL11,Cigarette butts,10\n"
            + "Nyali,KE,2024-03-16,100,PL11,Cigarette butts,10\n";
        var refused = await TrainingFlows.UploadSurveyAsync(trainee, cohortId, Encoding.UTF8.GetBytes(broken).Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = Infrastructure.Pages.Parse(await refused.Content.ReadAsStringAsync()).QuerySelectorAll("table.survey-errors tbody tr")
            .Select(r => string.Join("|", r.QuerySelectorAll("td").Take(2).Select(c => c.TextContent))).ToList();
        Assert.Contains("2|count", errors);
        Assert.Contains("3|date", errors);
        Assert.Contains("4|category_code", errors);
        Assert.Contains("6|", errors);
        Assert.Contains("7|", errors);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<SurveyRow>().CountAsync()));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<SurveyAssignment>().CountAsync()));
        var missingColumn = await TrainingFlows.UploadSurveyAsync(trainee, cohortId, Encoding.UTF8.GetBytes("site,country,date\nNyali,KE,2024-03-16\n"));
        Assert.Contains("transect_length_m", await missingColumn.Content.ReadAsStringAsync());

        var valid = "site,country,date,transect_length_m,category_code,category_name,count\n"
            + $"Nyali,KE,{Today},100,PL02,Drink bottles,30\n"
            + $"Nyali,KE,{Today},100,PL11,Cigarette butts,90\n"
            + "Bamburi,KE,2024-03-17,50,PL07,Plastic bags,30\n";
        var accepted = await TrainingFlows.UploadSurveyAsync(trainee, cohortId, Encoding.UTF8.GetBytes(valid));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var summary = await trainee.GetDocumentAsync(accepted.Headers.Location!.OriginalString);
        Assert.Equal("150", summary.QuerySelector("#items")!.TextContent);
        Assert.Equal("100.0", summary.QuerySelector("#per-100-m")!.TextContent);
        Assert.StartsWith("PL11", summary.QuerySelector("ol.top-categories li")!.TextContent);
        Assert.NotNull(summary.QuerySelector("figure svg rect"));

        foreach (var module in await site.WithDbAsync(db => db.Set<CurriculumUnit>().Select(m => m.Id).ToListAsync()))
        {
            var done = await trainee.SubmitAsync("/en/training/my", new Dictionary<string, string>(), $"li#module-{module} form");
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }
        var assignmentId = await site.WithDbAsync(db => db.Set<SurveyAssignment>().Select(a => a.Id).SingleAsync());
        var reviewed = await admin.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string> { ["accept"] = "true", ["feedback"] = "Well done." },
            $"section#survey-{assignmentId} form");
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trainee.GetAsync("/en/training/certificate/accreditation")).StatusCode);

        var (ownId, ownSlug) = await TrainingFlows.OpenCohortAsync(site, trainee, "Mafunzo ya kitaifa Mombasa", "KE", masterclass: false);
        var secondGeneration = await TrainingFlows.PersonAsync(site, "otieno");
        await TrainingFlows.ApplyAsync(secondGeneration, ownSlug);
        await TrainingFlows.AcceptNewestAsync(site, trainee, ownId);
        Assert.Equal(HttpStatusCode.NotFound, (await secondGeneration.GetAsync($"/en/training/teach/{cohortId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secondGeneration.GetAsync($"/en/training/surveys/{assignmentId}")).StatusCode);

        var cascade = await admin.GetDocumentAsync("/en/training/cascade/ke");
        Assert.Equal("2", cascade.QuerySelector("#generations")!.TextContent);
        Assert.Equal("2", cascade.QuerySelector("#trainees")!.TextContent);
        Assert.NotNull(cascade.QuerySelector("ul.cascade-tree li[data-generation='0'] li[data-generation='1'] li[data-generation='2']"));
    }
}

public sealed class SqliteTrainerCascadeTests(SqliteSite site) : TrainerCascadeTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresTrainerCascadeTests(PostgresSite site) : TrainerCascadeTests<PostgresSite>(site);
