using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Certificates;

/// <summary>A course with one run of its own and learners who completed it: what a reissue works on.</summary>
public sealed record CompletedRun(string Name, string CourseId, string TrackId, string Scope, IReadOnlyList<long> Enrolments, IReadOnlyList<string> Users)
{
    public string SubjectKey(int learner) => CourseCertificates.SubjectKey(Enrolments[learner]);
}

public static class CertificateSite
{
    public static async Task<HttpClient> AdministratorAsync(SiteFactory site)
    {
        var client = site.Browser();
        await client.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        return client;
    }

    /// <summary>Writes the course, its run and edition and the completed enrolments straight to the site's database, as years of learning would have.</summary>
    public static Task<CompletedRun> CompletedRunAsync(SiteFactory site, string name, int learners) => site.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var (courseId, trackId, runId, editionId) = ($"{name}-course", $"{name}-track", $"{name}-run", $"{name}-en");
        db.Add(new Course { Id = courseId, Slug = courseId, Titles = new() { ["en"] = $"Course {name}" } });
        db.Add(new Track { Id = trackId, CourseId = courseId, Names = new() { ["en"] = $"Track {name}" }, Cultures = ["en"], Hours = 1, Weeks = 1 });
        db.Add(new Run { Id = runId, CourseId = courseId, Number = 1, StartsOn = new DateOnly(2026, 1, 5), EndsOn = new DateOnly(2026, 2, 5) });
        db.Add(new Edition
        {
            Id = editionId, CourseId = courseId, RunId = runId, TrackId = trackId, Culture = "en", Title = $"Course {name} (en)",
            Status = EditionStatus.Released, ReleaseAtLocal = now, ReleaseAtUtc = now, ReleasedUtc = now,
        });
        var enrolments = new List<Enrolment>();
        var users = new List<string>();
        for (var n = 0; n < learners; n++)
        {
            var email = $"{name}-{n}@example.org";
            var user = new LearningUser
            {
                Id = $"{name}-user-{n}", UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = $"Learner {n} of {name}", CreatedUtc = DateTimeOffset.UtcNow,
            };
            db.Add(user);
            users.Add(user.Id);
            enrolments.Add(new Enrolment { UserId = user.Id, EditionId = editionId, State = EnrolmentState.Completed, CreatedUtc = now, StartedUtc = now, CompletedUtc = now });
        }
        db.AddRange(enrolments);
        await db.SaveChangesAsync();
        return new CompletedRun(name, courseId, trackId, $"course-run:{runId}", enrolments.Select(e => e.Id).ToList(), users);
    });

    /// <summary>The certificate the learner got on completing, as the course issued it then.</summary>
    public static Task<Certificate> IssueAsync(SiteFactory site, CompletedRun run, int learner) => site.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LearningDbContext>();
        var user = await db.Users.FindAsync(run.Users[learner]);
        var course = await db.Set<Course>().FindAsync(run.CourseId);
        var track = await db.Set<Track>().FindAsync(run.TrackId);
        return await sp.GetRequiredService<ICertificateIssuer>().IssueAsync(CourseCertificates.Request(run.Enrolments[learner], user!, course!, track!, "en"));
    });

    public static Task<T> WithServiceAsync<T, TService>(SiteFactory site, Func<TService, Task<T>> work) where TService : notnull =>
        site.WithScopeAsync(sp => work(sp.GetRequiredService<TService>()));
}
