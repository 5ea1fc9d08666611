using System.Net;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Training;

/// <summary>
/// A live session's join link is for the people of the cohort: its accepted participants and its
/// trainers. The public cohort page tells everyone else only that the session is online.
/// </summary>
public sealed class JoinLinkTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Link = "a[href='https://meet.example.org/masterclass']";

    [Fact]
    public async Task Only_accepted_participants_and_trainers_see_the_join_link_on_the_public_cohort_page()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Masterclass on floating litter", "", masterclass: true);
        var trainer = await TrainingFlows.PersonAsync(site, "join-trainer");
        var trainerEmail = await site.WithDbAsync(db => db.Users.Where(u => u.Email!.StartsWith("join-trainer-")).Select(u => u.Email!).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/training", new Dictionary<string, string> { ["email"] = trainerEmail }, $"tr[id='{cohortId}'] form")).StatusCode);
        await TrainingFlows.AddSessionAsync(site, trainer, cohortId, DateTime.UtcNow.AddDays(5));
        var accepted = await TrainingFlows.PersonAsync(site, "join-accepted");
        await TrainingFlows.ApplyAsync(accepted, slug);
        await TrainingFlows.AcceptNewestAsync(site, trainer, cohortId);
        var waiting = await TrainingFlows.PersonAsync(site, "join-waiting");
        await TrainingFlows.ApplyAsync(waiting, slug);
        var stranger = await TrainingFlows.PersonAsync(site, "join-stranger");

        foreach (var (who, client, sees) in new[] { ("visitor", site.Browser(), false), ("stranger", stranger, false), ("applicant", waiting, false), ("participant", accepted, true), ("trainer", trainer, true) })
        {
            var page = await client.GetDocumentAsync($"/en/training/{slug}");
            var sessions = page.QuerySelector("ul.sessions")!;
            Assert.True(sees == (sessions.QuerySelector(Link) is not null), $"{who} should {(sees ? "" : "not ")}see the join link");
            Assert.True(sees || sessions.TextContent.Contains("Online session"), $"{who} is not told the session is online");
            if (!sees)
            {
                Assert.DoesNotContain("meet.example.org", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
            }
        }
    }
}
