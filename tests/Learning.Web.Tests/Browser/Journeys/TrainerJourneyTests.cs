using System.Text;
using Learning.Training.Cohorts;
using Learning.Training.Sessions;
using Learning.Training.Surveys;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>
/// A trainer, in Arabic and with the keyboard alone: accepts an applicant to a train-the-trainer
/// cohort, records their attendance, reads the field survey they upload and accepts it with feedback.
/// </summary>
[Trait("Category", "Browser")]
public sealed class TrainerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Journey = "trainer";
    private const string Culture = "ar";

    [Fact]
    public async Task A_trainer_accepts_an_applicant_records_attendance_and_reviews_the_survey()
    {
        var (cohortId, trainerEmail) = await CohortWithTrainerAsync();
        var trainee = await TrainingFlows.PersonAsync(site, "amina");
        await TrainingFlows.ApplyAsync(trainee, await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == cohortId).Select(c => c.Slug).FirstAsync()));
        var page = await site.NewPageAsync();
        await Steps.SignInAsync(site, page, Culture, trainerEmail);
        var teach = $"{site.BaseUrl}/ar/training/teach/{cohortId}";

        await page.GotoAsync(teach);
        await Steps.KeyPageAsync(page, Journey, Culture, "applications");
        var application = await site.WithDbAsync(db => db.Set<Application>().Where(a => a.CohortId == cohortId).FirstAsync());
        await KeyboardOnly.SubmitAsync(page, $"tr#application-{application.Id} form.decide-accepted button");
        Assert.Equal(ApplicationState.Accepted, await site.WithDbAsync(db => db.Set<Application>().Where(a => a.Id == application.Id).Select(a => a.State).FirstAsync()));

        await RecordAttendanceAsync(page, application.UserId);
        await ReviewSurveyAsync(page, teach, trainee, cohortId);
    }

    private async Task RecordAttendanceAsync(IPage page, string learnerId)
    {
        var session = await site.WithDbAsync(db => db.Set<LiveSession>().FirstAsync());
        var grid = $"section#session-{session.Id} form.attendance";
        await KeyboardOnly.PickAsync(page, $"{grid} input[name='marks[{learnerId}]'][value=Present]");
        await Steps.ShotAsync(page, Journey, Culture, "attendance");
        await KeyboardOnly.SubmitAsync(page, $"{grid} button[type=submit]");
        var mark = await site.WithDbAsync(db => db.Set<Attendance>().SingleAsync());
        Assert.Equal(AttendanceMark.Present, mark.Mark);
    }

    private async Task ReviewSurveyAsync(IPage page, string teach, HttpClient trainee, string cohortId)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var csv = "site,country,date,transect_length_m,category_code,category_name,count\n"
            + $"Nyali,KE,{today},100,PL02,Drink bottles,30\nNyali,KE,{today},100,PL11,Cigarette butts,90\n";
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await TrainingFlows.UploadSurveyAsync(trainee, cohortId, Encoding.UTF8.GetBytes(csv))).StatusCode);
        var survey = await site.WithDbAsync(db => db.Set<SurveyAssignment>().SingleAsync());

        await page.GotoAsync(teach);
        await KeyboardOnly.SubmitAsync(page, $"section#survey-{survey.Id} a[href$='/training/surveys/{survey.Id}']");
        await Steps.KeyPageAsync(page, Journey, Culture, "survey");
        Assert.Equal("120", await page.InnerTextAsync("#items"));
        await page.GotoAsync(teach);
        await KeyboardOnly.TypeAsync(page, $"#feedback-{survey.Id}", "عمل ممتاز، شكراً.");
        await KeyboardOnly.SubmitAsync(page, $"section#survey-{survey.Id} button[name=accept][value=true]");
        await Steps.ShotAsync(page, Journey, Culture, "reviewed");
        var reviewed = await site.WithDbAsync(db => db.Set<SurveyAssignment>().AsNoTracking().SingleAsync());
        Assert.Equal((AssignmentState.Accepted, "عمل ممتاز، شكراً."), (reviewed.State, reviewed.Feedback));
    }

    /// <summary>The administrator opens the cohort with a session and makes a new user its trainer: not part of the journey.</summary>
    private async Task<(string CohortId, string TrainerEmail)> CohortWithTrainerAsync()
    {
        var admin = await TrainingFlows.AdminAsync(site);
        var (cohortId, _) = await TrainingFlows.OpenCohortAsync(site, admin, "National ToT Kenya", "KE", masterclass: false);
        await TrainingFlows.AddSessionAsync(site, admin, cohortId, DateTime.UtcNow.AddDays(-2));
        var email = $"trainer-{Guid.NewGuid():N}@example.org";
        await AccountFlows.RegisterConfirmedAsync(site, site.Browser(), email);
        var added = await admin.SubmitAsync("/admin/training", new Dictionary<string, string> { ["email"] = email }, $"tr[id='{cohortId}'] form");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);
        return (cohortId, email);
    }
}
