using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Releases;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses;

public static class CourseSite
{
    public static async Task ImportAsync(SiteFactory site, string json)
    {
        var result = await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeImporter>().ImportAsync("test-course.recipe.json", json, "test"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    /// <summary>Puts the edition back to scheduled with a fresh waitlist of learners whose addresses carry the tag.</summary>
    public static Task<Edition> WaitlistAsync(SiteFactory site, string editionId, string tag, int learners) =>
        site.WithDbAsync(async db =>
        {
            await db.Set<Enrolment>().Where(e => e.EditionId == editionId).ExecuteDeleteAsync();
            await db.Set<ReleaseRun>().Where(r => r.EditionId == editionId).ExecuteDeleteAsync();
            var edition = await db.Set<Edition>().SingleAsync(e => e.Id == editionId);
            edition.Status = EditionStatus.Scheduled;
            EditionScheduler.SetReleaseTime(edition, DateTime.UtcNow.AddYears(5), "Asia/Bangkok");
            var users = Enumerable.Range(0, learners).Select(i => new LearningUser
            {
                Id = $"{tag}-{i:D5}", UserName = $"{tag}-{i}@example.org", Email = $"{tag}-{i}@example.org", DisplayName = $"Learner {i}", PreferredCulture = "th",
            }).ToList();
            db.AddRange(users);
            db.AddRange(users.Select(u => new Enrolment { UserId = u.Id, EditionId = editionId, State = EnrolmentState.Waitlisted, CreatedUtc = DateTime.UtcNow }));
            await db.SaveChangesAsync();
            return edition;
        });

    /// <summary>A learner enrolled in the edition some days ago, who has not started.</summary>
    public static Task EnrolAsync(SiteFactory site, string editionId, string userId, int daysAgo) =>
        site.WithDbAsync(async db =>
        {
            db.Add(new LearningUser { Id = userId, UserName = $"{userId}@example.org", Email = $"{userId}@example.org", DisplayName = userId });
            db.Add(new Enrolment { UserId = userId, EditionId = editionId, State = EnrolmentState.Enrolled, CreatedUtc = DateTime.UtcNow.AddDays(-daysAgo) });
            return await db.SaveChangesAsync();
        });
}
