using System.Net;
using Learning.Training.Cohorts;
using Learning.Training.Jobs;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Training;

/// <summary>Calendar updates, the reminder and deadline job, the prerequisite override and the seat limit.</summary>
public abstract class TrainingRulesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_moved_then_cancelled_session_sends_updates_with_the_same_uid_and_a_higher_sequence()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Seafloor litter cohort", "SC", masterclass: false);
        var sessionId = await TrainingFlows.AddSessionAsync(site, admin, cohortId, DateTime.UtcNow.AddDays(10));
        var email = await ParticipantAsync(admin, cohortId, slug, "marie");

        var moved = await admin.SubmitAsync($"/en/training/teach/{cohortId}", TrainingFlows.Session(DateTime.UtcNow.AddDays(11), 2), $"section#session-{sessionId} form.move-session");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var cancelled = await admin.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(), $"section#session-{sessionId} form.cancel-session");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var calendars = (await DeliveredAsync(email)).Select(TrainingFlows.CalendarOf).ToList();
        var events = calendars.SelectMany(c => c.Events).ToList();
        Assert.Single(events.Select(e => e.Uid).Distinct());
        Assert.Equal([0, 1, 2], events.Select(e => e.Sequence).Order().ToArray());
        Assert.Contains(calendars, c => c.Method == "CANCEL");
    }

    [Fact]
    public async Task The_job_reminds_once_however_often_it_runs_and_closes_applications_at_the_deadline()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Floating litter cohort", "KE", masterclass: false);
        await TrainingFlows.AddSessionAsync(site, admin, cohortId, DateTime.UtcNow.AddHours(10));
        var email = await ParticipantAsync(admin, cohortId, slug, "amina");
        var before = (await DeliveredAsync(email)).Count;

        await RunSweepAsync();
        await RunSweepAsync();
        var reminders = (await DeliveredAsync(email)).Skip(before).ToList();
        var reminder = Assert.Single(reminders);
        Assert.Single(TrainingFlows.CalendarOf(reminder).Events);

        await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == cohortId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ApplyUntilUtc, DateTime.UtcNow.AddMinutes(-1))));
        await RunSweepAsync();
        Assert.True(await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == cohortId).Select(c => c.ApplicationsClosed).FirstAsync()));
        var late = await TrainingFlows.PersonAsync(site, "late");
        var refused = await late.PostWithTokenAsync("/en/training/my", $"/en/training/{slug}?handler=Apply", new Dictionary<string, string> { ["Motivation"] = "Too late?" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("closed", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_an_administrator_accepts_an_applicant_without_the_prerequisite_and_seats_are_limited()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Masterclass with a prerequisite", "", masterclass: true);
        await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == cohortId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PrerequisiteCourse, "mooc-marine-litter").SetProperty(c => c.Seats, 1)));
        var trainer = await TrainingFlows.PersonAsync(site, "lead");
        var trainerId = await site.WithDbAsync(db => db.Users.Where(u => u.Email!.StartsWith("lead-")).Select(u => u.Id).FirstAsync());
        await site.WithDbAsync(async db => { db.Add(new CohortTrainer { CohortId = cohortId, UserId = trainerId, AddedUtc = DateTime.UtcNow }); return await db.SaveChangesAsync(); });

        var first = await TrainingFlows.PersonAsync(site, "first");
        await TrainingFlows.ApplyAsync(first, slug);
        var application = await site.WithDbAsync(db => db.Set<Application>().Where(a => a.CohortId == cohortId).SingleAsync());
        Assert.False(application.PrerequisiteMet);
        var refused = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(), $"tr#application-{application.Id} form.decide-accepted");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Only an administrator", await refused.Content.ReadAsStringAsync());
        await TrainingFlows.AcceptNewestAsync(site, admin, cohortId);

        var second = await TrainingFlows.PersonAsync(site, "second");
        await TrainingFlows.ApplyAsync(second, slug, "fr");
        var secondId = await site.WithDbAsync(db => db.Set<Application>().Where(a => a.CohortId == cohortId).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());
        var full = await admin.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(), $"tr#application-{secondId} form.decide-accepted");
        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        var waitlisted = await admin.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(), $"tr#application-{secondId} form.decide-waitlisted");
        Assert.Equal(HttpStatusCode.Redirect, waitlisted.StatusCode);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<Application>().CountAsync(a => a.CohortId == cohortId && a.State == ApplicationState.Accepted)));
        var secondEmail = await site.WithDbAsync(db => db.Set<Application>().Where(a => a.Id == secondId).Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u.Email!).FirstAsync());
        Assert.Contains(await TrainingFlows.DeliveredToAsync(site, secondEmail), m => m.Subject == "Sur liste d'attente : Masterclass with a prerequisite");
    }

    [Fact]
    public async Task After_the_last_session_the_job_issues_each_certificate_once()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, admin, "Microplastics laboratory week", "VN", masterclass: true);
        var sessionId = await TrainingFlows.AddSessionAsync(site, admin, cohortId, DateTime.UtcNow.AddDays(-1));
        await ParticipantAsync(admin, cohortId, slug, "linh");
        var userId = await site.WithDbAsync(db => db.Set<Application>().Where(a => a.CohortId == cohortId).Select(a => a.UserId).SingleAsync());
        var marked = await admin.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string> { [$"marks[{userId}]"] = "Late" }, $"section#session-{sessionId} form.attendance");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        await RunSweepAsync();
        await RunSweepAsync();
        var key = TrainingCertificates.ParticipationKey(cohortId, userId);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<Learning.Certificates.Issuing.Certificate>().CountAsync(c => c.SubjectKey == key)));
    }

    private Task<string> ParticipantAsync(HttpClient trainer, string cohortId, string slug, string name) =>
        TrainingFlows.ParticipantAsync(site, trainer, cohortId, slug, name);

    private Task RunSweepAsync() => site.WithScopeAsync(async sp => { await sp.GetRequiredService<TrainingSweep>().RunAsync(CancellationToken.None); return 0; });

    /// <summary>Delivers the outbox and returns the messages with a calendar sent to the address, oldest first.</summary>
    private async Task<List<MimeMessage>> DeliveredAsync(string email) =>
        (await TrainingFlows.DeliveredToAsync(site, email)).Where(m => m.Attachments.Any()).OrderBy(m => m.Date).ToList();
}

public sealed class SqliteTrainingRulesTests(SqliteSite site) : TrainingRulesTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresTrainingRulesTests(PostgresSite site) : TrainingRulesTests<PostgresSite>(site);
