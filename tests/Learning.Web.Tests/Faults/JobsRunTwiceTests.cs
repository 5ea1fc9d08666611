using System.Net;
using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Progress;
using Learning.CleanSeas.Surveys;
using Learning.Core.Audit;
using Learning.Core.Email;
using Learning.Courses.Enrolments;
using Learning.Courses.Releases;
using Learning.Impact.Report;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Jobs;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Learning.Training.Cohorts;
using Learning.Training.Jobs;
using Learning.Web.Tests.CleanSeas;
using Learning.Web.Tests.Courses;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Learning.Web.Tests.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingApplication = Learning.Training.Cohorts.Application;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// Hangfire runs a job at least once: a retry, a second node or an overlapping recurring run may
/// run it again while it runs. Each job here is given real work and run twice at once, each run in
/// a scope of its own as Hangfire gives it, on PostgreSQL; neither may fail and the work is done once.
/// </summary>
[Trait("Category", "Faults")]
[Trait("Category", "Postgres")]
public sealed class JobsRunTwiceTests(PostgresSite site) : IClassFixture<PostgresSite>, IAsyncLifetime
{
    private static readonly string English = CourseRecipe.EditionId("en");

    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    [RunsTwice(typeof(UnitRelease))]
    public async Task A_unit_released_twice_at_once_mails_each_learner_once()
    {
        await CourseSite.ImportAsync(site, CourseRecipe.Json(englishReleaseAt: DateTime.UtcNow.AddDays(-7).AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm")));
        foreach (var learner in new[] { "twice-unit-1", "twice-unit-2", "twice-unit-3" })
        {
            await CourseSite.EnrolAsync(site, English, learner, daysAgo: 0);
        }

        await TwiceAsync<UnitRelease>(r => r.RunAsync($"{English}-u2", CancellationToken.None));

        Assert.Equal(["twice-unit-1@example.org", "twice-unit-2@example.org", "twice-unit-3@example.org"], await RecipientsAsync($"unit-release:{English}-u2:twice-unit-"));
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
    }

    [Fact]
    [RunsTwice(typeof(LearnerNudge))]
    public async Task Learners_nudged_twice_at_once_are_nudged_once()
    {
        await CourseSite.EnrolAsync(site, English, "twice-nudge-1", daysAgo: 10);
        await CourseSite.EnrolAsync(site, English, "twice-nudge-2", daysAgo: 10);

        await TwiceAsync<LearnerNudge>(n => n.RunAsync(CancellationToken.None));

        var nudged = await site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.DedupKey.StartsWith("course-nudge:") && m.To.StartsWith("twice-nudge-"))
            .OrderBy(m => m.To).Select(m => m.To).ToListAsync());
        Assert.Equal(["twice-nudge-1@example.org", "twice-nudge-2@example.org"], nudged);
        Assert.Equal(2, await site.WithDbAsync(db => db.Set<Enrolment>().CountAsync(e => e.UserId.StartsWith("twice-nudge-") && e.NudgedUtc != null)));
    }

    [Fact]
    [RunsTwice(typeof(ProgressReportBuilder))]
    public async Task A_report_built_twice_at_once_is_stored_once()
    {
        var id = await site.WithDbAsync(async db =>
        {
            var report = new ProgressReport
            {
                RequestedBy = "twice", Culture = "th", From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31), State = ReportState.Queued, CreatedUtc = DateTime.UtcNow,
            };
            db.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

        await TwiceAsync<ProgressReportBuilder>(b => b.RunAsync(id, CancellationToken.None));

        var built = await site.WithDbAsync(db => db.Set<ProgressReport>().AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((ReportState.Ready, 0, (string?)null), (built.State, built.Failures, built.Error));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<ProgressReportPdf>().CountAsync(p => p.ReportId == id)));
    }

    [Fact]
    [RunsTwice(typeof(SurveyInvitations))]
    public async Task A_survey_sent_twice_at_once_invites_each_government_once()
    {
        var (_, senegal) = await CleanSeasFlows.ApplyAsync(site, "SN", "fr");
        var (_, peru) = await CleanSeasFlows.ApplyAsync(site, "PE", "es");
        var moderator = await CleanSeasFlows.ModeratorAsync(site);
        await CleanSeasFlows.VerifyAsync(moderator, senegal);
        await CleanSeasFlows.VerifyAsync(moderator, peru);
        var survey = await SentSurveyAsync(DateTime.UtcNow);

        await TwiceAsync<SurveyInvitations>(s => s.InviteAsync(survey, CancellationToken.None));

        Assert.Single(await RecipientsAsync($"clean-seas-survey-invite:{survey}:{senegal}"));
        Assert.Single(await RecipientsAsync($"clean-seas-survey-invite:{survey}:{peru}"));
    }

    [Fact]
    [RunsTwice(typeof(CampaignDaily))]
    public async Task The_daily_campaign_job_run_twice_at_once_reminds_once()
    {
        var (_, pledge, commitment) = await CleanSeasFlows.PublishedCommitmentAsync(site, "GD", "Collect fishing gear twice");
        // Published eleven months ago and never reported on: its first yearly report is due within the month.
        await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Id == commitment)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PublishedUtc, DateTime.UtcNow.AddYears(-1).AddDays(10))));
        var survey = await SentSurveyAsync(DateTime.UtcNow.AddDays(-8));

        await TwiceAsync<CampaignDaily>(d => d.RunAsync(CancellationToken.None));

        Assert.Single(await RecipientsAsync($"clean-seas-progress:{commitment}:"));
        Assert.Single(await RecipientsAsync($"clean-seas-survey-remind:{survey}:{pledge}"));
    }

    [Fact]
    [RunsTwice(typeof(TrainingSweep))]
    public async Task The_training_sweep_run_twice_at_once_closes_reminds_and_certifies_once()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (soon, soonSlug) = await TrainingFlows.OpenCohortAsync(site, admin, "Twice reminded cohort", "KE", masterclass: false);
        var tomorrow = await TrainingFlows.AddSessionAsync(site, admin, soon, DateTime.UtcNow.AddHours(10));
        var reminded = await TrainingFlows.ParticipantAsync(site, admin, soon, soonSlug, "reminded");
        var (ended, endedSlug) = await TrainingFlows.OpenCohortAsync(site, admin, "Twice certified cohort", "KE", masterclass: false);
        var yesterday = await TrainingFlows.AddSessionAsync(site, admin, ended, DateTime.UtcNow.AddDays(-1));
        await TrainingFlows.ParticipantAsync(site, admin, ended, endedSlug, "certified");
        var certified = await site.WithDbAsync(db => db.Set<TrainingApplication>().Where(a => a.CohortId == ended).Select(a => a.UserId).SingleAsync());
        var marked = await admin.SubmitAsync($"/en/training/teach/{ended}", new Dictionary<string, string> { [$"marks[{certified}]"] = "Late" },
            $"section#session-{yesterday} form.attendance");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == soon).ExecuteUpdateAsync(s => s.SetProperty(c => c.ApplyUntilUtc, DateTime.UtcNow.AddMinutes(-1))));

        await TwiceAsync<TrainingSweep>(s => s.RunAsync(CancellationToken.None));

        Assert.Equal([reminded], await RecipientsAsync($"training-reminder:{tomorrow}:"));
        Assert.True(await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == soon).Select(c => c.ApplicationsClosed).SingleAsync()));
        var key = TrainingCertificates.ParticipationKey(ended, certified);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<Learning.Certificates.Issuing.Certificate>().CountAsync(c => c.SubjectKey == key)));
    }

    [Fact]
    [RunsTwice(typeof(ReviewReminders))]
    public async Task Review_reminders_run_twice_at_once_mail_the_coordinator_once()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader", "wagggs", "TH");
        await ChallengeSite.AppointedAsync(site, "Coordinator", "wagggs", "TH");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Chiang Rai Guides");
        await ChallengeSite.AddYouthAsync(leader, group, "Ploy");
        await ChallengeSite.RecordAllAsync(leader, group, "entry");
        await ChallengeSite.SubmitAllAsync(leader, group, "entry");
        await site.WithDbAsync(db => db.Set<Submission>().Where(s => s.GroupId == group)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SubmittedUtc, DateTime.UtcNow - ReviewReminders.Patience - TimeSpan.FromDays(1))));
        var coordinator = await site.WithDbAsync(db => db.Set<Appointment>()
            .Where(a => a.Role == AppointmentRole.Coordinator && a.OrganisationId == "wagggs" && a.Country == "TH").Select(a => a.UserId).SingleAsync());

        await TwiceAsync<ReviewReminders>(r => r.RunAsync(CancellationToken.None));

        Assert.Single(await RecipientsAsync($"{ReviewReminders.RecurringJobId}:{coordinator}:"));
    }

    [Fact]
    [RunsTwice(typeof(Retention))]
    public async Task Retention_run_twice_at_once_erases_a_youth_once()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader", "wosm", "KE");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Mombasa Scouts");
        await ChallengeSite.AddYouthAsync(leader, group, "Baraka");
        var youth = await site.WithDbAsync(db => db.Set<Youth>().Where(y => y.GroupId == group).Select(y => y.Id).SingleAsync());
        await site.WithDbAsync(db => db.Set<Youth>().Where(y => y.Id == youth).ExecuteUpdateAsync(s => s.SetProperty(y => y.LastActivityUtc, DateTime.UtcNow.AddYears(-3))));

        await TwiceAsync<Retention>(r => r.RunAsync(CancellationToken.None));

        Assert.False(await site.WithDbAsync(db => db.Set<Youth>().AnyAsync(y => y.Id == youth)));
        var subject = GroupRoster.Subject(youth);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "tide-turners.youth.erased" && a.Subject == subject)));
    }

    /// <summary>Two runs of the job started together, each in a scope of its own; either failing fails the test.</summary>
    private Task TwiceAsync<TJob>(Func<TJob, Task> run) where TJob : notnull =>
        Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => site.WithScopeAsync(async sp =>
        {
            await run(sp.GetRequiredService<TJob>());
            return 0;
        }))));

    private Task<List<string>> RecipientsAsync(string dedupKeyPrefix) =>
        site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.DedupKey.StartsWith(dedupKeyPrefix)).OrderBy(m => m.To).Select(m => m.To).ToListAsync());

    private Task<long> SentSurveyAsync(DateTime sentUtc) =>
        site.WithDbAsync(async db =>
        {
            var survey = new Survey { Titles = new() { ["en"] = "Twice review" }, Status = SurveyStatus.Sent, CreatedUtc = sentUtc, SentUtc = sentUtc };
            db.Add(survey);
            await db.SaveChangesAsync();
            return survey.Id;
        });
}
