using System.Net;
using Learning.Certificates.Issuing;
using Learning.Training.Cohorts;
using Learning.Training.Sessions;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Training;

/// <summary>
/// A new user applies to a masterclass, its trainer accepts them, the acceptance with a valid .ics
/// arrives at the real SMTP server, attendance is recorded and the learner downloads a verifiable certificate.
/// </summary>
public abstract class MasterclassJourneyTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task An_accepted_applicant_gets_the_invitation_and_a_verifiable_certificate()
    {
        Smtp.Use(site);
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Masterclass on monitoring methods", "", masterclass: true);
        var trainer = await TrainingFlows.PersonAsync(site, "trainer");
        var trainerEmail = await site.WithDbAsync(db => db.Users.Where(u => u.Email!.StartsWith("trainer-")).Select(u => u.Email!).FirstAsync());
        var added = await admin.SubmitAsync("/admin/training", new Dictionary<string, string> { ["email"] = trainerEmail }, $"tr[id='{cohortId}'] form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var backwards = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", TrainingFlows.Session(DateTime.UtcNow.AddDays(-2), -1), "form#add-session");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("ends before it starts", await backwards.Content.ReadAsStringAsync());
        var session = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", TrainingFlows.Session(DateTime.UtcNow.AddDays(-2), 2), "form#add-session");
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);

        var learner = await TrainingFlows.PersonAsync(site, "learner");
        await TrainingFlows.ApplyAsync(learner, slug);
        var again = await learner.PostWithTokenAsync($"/en/training/{slug}", $"/en/training/{slug}?handler=Apply", new Dictionary<string, string> { ["Motivation"] = "Once more" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already applied", await again.Content.ReadAsStringAsync());

        var learnerId = await TrainingFlows.AcceptNewestAsync(site, trainer, cohortId);
        var email = await site.WithDbAsync(db => db.Users.Where(u => u.Id == learnerId).Select(u => u.Email!).FirstAsync());
        var message = Assert.Single(await ReceivedAsync(email));
        var calendar = TrainingFlows.CalendarOf(message);
        var invitation = Assert.Single(calendar.Events);
        var stored = await site.WithDbAsync(db => db.Set<LiveSession>().SingleAsync(s => s.CohortId == cohortId));
        Assert.Equal(CalendarFile.Uid(stored), invitation.Uid);
        Assert.Equal(stored.StartsUtc, invitation.DtStart!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Equal("REQUEST", calendar.Method);

        var grid = $"section#session-{stored.Id} form.attendance";
        var strangerMark = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string> { ["marks[not-a-member]"] = "Present" }, grid);
        Assert.Equal(HttpStatusCode.BadRequest, strangerMark.StatusCode);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Attendance>().CountAsync()));
        var recorded = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string> { [$"marks[{learnerId}]"] = "Present" }, grid);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var pdf = await learner.GetAsync($"/en/training/certificate/{slug}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var certificate = await site.WithScopeAsync(sp => sp.GetRequiredService<ICertificateIssuer>().FindBySubjectAsync(TrainingCertificates.ParticipationKey(cohortId, learnerId)));
        var verify = await site.Browser().GetAsync($"/en/verify/{certificate!.Code}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/en/training/certificate/{slug}")).StatusCode);
    }

    private async Task<List<MimeMessage>> ReceivedAsync(string email)
    {
        for (var i = 0; i < 240; i++)
        {
            var found = Accounts.AccountFlows.MessagesTo(site, email).Where(m => m.Attachments.Any()).ToList();
            if (found.Count > 0)
            {
                await Task.Delay(1500);
                return Accounts.AccountFlows.MessagesTo(site, email).Where(m => m.Attachments.Any()).ToList();
            }
            await Task.Delay(250);
        }
        return [];
    }
}

[Trait("Category", "Smtp")]
public sealed class SqliteMasterclassJourneyTests(SqliteSite site) : MasterclassJourneyTests<SqliteSite>(site);

[Trait("Category", "Smtp")]
[Trait("Category", "Postgres")]
public sealed class PostgresMasterclassJourneyTests(PostgresSite site) : MasterclassJourneyTests<PostgresSite>(site);
