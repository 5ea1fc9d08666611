using System.Text.Json;
using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses.Learners;

/// <summary>
/// The learners of the test course's English edition (two lessons, a unit quiz and a final quiz), one of
/// each kind the list tells apart, and thirty waitlisted learners of the Thai edition to page through.
/// </summary>
public static class Roster
{
    public static readonly string English = CourseRecipe.EditionId("en");
    public static readonly string Thai = CourseRecipe.EditionId("th");
    public static readonly string UnitQuiz = $"{English}-u1-q";
    public static readonly string FinalQuiz = $"{English}-u2-q";

    /// <summary>A name a spreadsheet would run as a formula, were it not defused.</summary>
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"x\")";

    public static async Task SetUpAsync(SiteFactory site)
    {
        if (await site.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == "roster-ana")))
        {
            return;
        }
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
        var now = DateTime.UtcNow;
        await site.WithDbAsync(async db =>
        {
            var ana = Learner(db, "ana", "Ana Stalled", EnrolmentState.Enrolled, now.AddDays(-40), started: now.AddDays(-30));
            var ben = Learner(db, "ben", "Ben Busy", EnrolmentState.Enrolled, now.AddDays(-10), started: now.AddDays(-2));
            var cleo = Learner(db, "cleo", "Cleo Complete", EnrolmentState.Completed, now.AddDays(-60), started: now.AddDays(-50));
            Learner(db, "dan", "Dan Waiting", EnrolmentState.Waitlisted, now.AddDays(-5), started: null);
            Learner(db, "eve", "Eve Idle", EnrolmentState.Enrolled, now.AddDays(-3), started: null);
            Learner(db, "formula", FormulaName, EnrolmentState.Enrolled, now.AddDays(-1), started: null);
            await db.SaveChangesAsync();
            cleo.CompletedUtc = now.AddDays(-20);
            Done(db, ana, 1, now.AddDays(-20));
            Done(db, ben, 1, now.AddDays(-1));
            Attempt(db, ben, UnitQuiz, 1, 0, now.AddDays(-1), chose: 2);
            Attempt(db, ben, UnitQuiz, 2, 100, now.AddHours(-20), chose: 1);
            Done(db, cleo, 1, now.AddDays(-45));
            Done(db, cleo, 2, now.AddDays(-40));
            Attempt(db, cleo, UnitQuiz, 1, 100, now.AddDays(-44), chose: 1);
            Attempt(db, cleo, FinalQuiz, 1, 100, now.AddDays(-21), chose: 1);
            return await db.SaveChangesAsync();
        });
        await IssueAsync(site, "roster-cleo");
        await CourseSite.WaitlistAsync(site, Thai, "pager", 30);
    }

    /// <summary>The certificate of a learner's English enrolment, as the course issues it on completion.</summary>
    public static Task<Certificate> IssueAsync(SiteFactory site, string userId) => site.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LearningDbContext>();
        var enrolment = await db.Set<Enrolment>().SingleAsync(e => e.UserId == userId && e.EditionId == English);
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        var course = await db.Set<Course>().SingleAsync(c => c.Id == "test-course");
        var track = await db.Set<Track>().SingleAsync(t => t.Id == "test-track");
        return await sp.GetRequiredService<ICertificateIssuer>().IssueAsync(CourseCertificates.Request(enrolment.Id, user, course, track, "en"));
    });

    private static Enrolment Learner(LearningDbContext db, string key, string name, EnrolmentState state, DateTime enrolled, DateTime? started)
    {
        var email = $"{key}@roster.example.org";
        db.Add(new LearningUser
        {
            Id = $"roster-{key}", UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = name, CreatedUtc = DateTimeOffset.UtcNow,
        });
        var enrolment = new Enrolment { UserId = $"roster-{key}", EditionId = English, State = state, CreatedUtc = enrolled, StartedUtc = started };
        db.Add(enrolment);
        return enrolment;
    }

    private static void Done(LearningDbContext db, Enrolment enrolment, int unit, DateTime at) =>
        db.Add(new LessonDone { EnrolmentId = enrolment.Id, LessonId = $"{English}-u{unit}-l1", DoneUtc = at });

    /// <summary>An attempt at a quiz of the test course, whose one question has the right option first and a wrong one second.</summary>
    private static void Attempt(LearningDbContext db, Enrolment enrolment, string quizId, int number, int score, DateTime at, int chose) =>
        db.Add(new QuizAttempt
        {
            EnrolmentId = enrolment.Id, QuizId = quizId, Number = number, Score = score, SubmittedUtc = at,
            Answers = JsonSerializer.Serialize(new Dictionary<string, int[]> { [$"{quizId}-1"] = [chose] }),
        });
}
