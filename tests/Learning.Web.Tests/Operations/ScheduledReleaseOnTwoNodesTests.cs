using Hangfire;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Modules;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Releases;
using Learning.Web.Tests.Courses;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Operations;

/// <summary>
/// Two nodes, each with its job server, on one database: both re-plan the scheduled releases at
/// start, yet the release runs once, and each waitlisted learner gets one e-mail at the real SMTP server.
/// </summary>
[Trait("Category", "Postgres")]
[Trait("Category", "Nodes")]
[Trait("Category", "Smtp")]
public sealed class ScheduledReleaseOnTwoNodesTests(PostgresSite nodeA) : IClassFixture<PostgresSite>
{
    private static readonly string Thai = CourseRecipe.EditionId("th");

    [Fact]
    public async Task A_release_planned_by_both_nodes_fires_once_and_mails_each_learner_once()
    {
        Smtp.Use(nodeA);
        await CourseSite.ImportAsync(nodeA, CourseRecipe.Json());
        var learners = await WaitlistAsync(3);
        var bangkokNow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"));
        var edition = await nodeA.WithScopeAsync(sp => sp.GetRequiredService<EditionScheduler>().ScheduleAsync(Thai, bangkokNow.AddSeconds(45), "Asia/Bangkok"));

        using var nodeB = nodeA.SecondNode();
        Smtp.Use(nodeB);
        // Node B's start re-plans every scheduled release; node A does the same again, as at a restart.
        await nodeB.WithDbAsync(db => db.Set<Edition>().CountAsync());
        await nodeA.WithScopeAsync(async sp =>
        {
            await sp.GetServices<IScheduledWork>().OfType<ReleaseSchedule>().Single().RederiveAsync(CancellationToken.None);
            return true;
        });
        var planned = await nodeB.WithScopeAsync(sp => Task.FromResult(PlannedReleases(sp.GetRequiredService<JobStorage>(), edition!.ScheduleVersion)));
        await WaitForReleaseAsync();
        var received = await ReceivedAsync(learners);

        Assert.Equal(1, planned);
        Assert.Equal(1, await nodeA.WithDbAsync(db => db.Set<ReleaseRun>().CountAsync(r => r.EditionId == Thai)));
        foreach (var email in learners)
        {
            Assert.Equal(1, await nodeA.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.To == email && m.DedupKey.StartsWith("edition-release:"))));
            Assert.Single(received, m => m.To.Mailboxes.Any(a => a.Address == email));
        }
        Assert.Equal(learners.Count, received.Count);
    }

    /// <summary>Release jobs of the edition's current schedule that wait in the shared job store.</summary>
    private static int PlannedReleases(JobStorage storage, int version) =>
        storage.GetMonitoringApi().ScheduledJobs(0, 10_000).Count(j => j.Value.Job is { } job && job.Type == typeof(EditionRelease)
            && Equals(job.Args[0], Thai) && Equals(job.Args[1], version));

    private Task<List<string>> WaitlistAsync(int count) => nodeA.WithDbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var users = Enumerable.Range(0, count).Select(i => new LearningUser
        {
            Id = $"nodes-{tag}-{i}", UserName = $"nodes-{tag}-{i}@example.org", Email = $"nodes-{tag}-{i}@example.org", DisplayName = $"Learner {i}", PreferredCulture = "th",
        }).ToList();
        db.AddRange(users);
        db.AddRange(users.Select(u => new Enrolment { UserId = u.Id, EditionId = Thai, State = EnrolmentState.Waitlisted, CreatedUtc = DateTime.UtcNow }));
        await db.SaveChangesAsync();
        return users.Select(u => u.Email!).ToList();
    });

    private async Task WaitForReleaseAsync()
    {
        for (var waited = 0; waited < 240; waited++)
        {
            if (await nodeA.WithDbAsync(db => db.Set<ReleaseRun>().AnyAsync(r => r.EditionId == Thai && r.FinishedUtc != null)))
            {
                return;
            }
            await Task.Delay(500);
        }
        Assert.Fail("the release did not run within two minutes of its time");
    }

    /// <summary>What the SMTP server received for these learners, once every one has mail and a duplicate had time to follow.</summary>
    private static async Task<List<MimeMessage>> ReceivedAsync(List<string> learners)
    {
        for (var waited = 0; waited < 240 && Received(learners).Select(m => m.To.Mailboxes.First().Address).Distinct().Count() < learners.Count; waited++)
        {
            await Task.Delay(500);
        }
        await Task.Delay(3000);
        return Received(learners);
    }

    private static List<MimeMessage> Received(List<string> learners) =>
        Directory.GetFiles(TestEnvironment.SmtpMaildir, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => learners.Contains(a.Address))).ToList();
}
