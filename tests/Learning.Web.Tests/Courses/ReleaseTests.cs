using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Releases;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Faults;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses;

public abstract class ReleaseTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private static readonly string Thai = CourseRecipe.EditionId("th");

    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    [RunsTwice(typeof(EditionRelease))]
    public async Task A_duplicated_release_job_mails_each_learner_once()
    {
        var edition = await ResetThaiAsync("dup", learners: 1200);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ReleaseAsync(edition, batchSize: 250)));

        await AssertOneMessageEachAsync("dup", 1200);
    }

    [Fact]
    public async Task A_release_that_dies_half_way_is_retried_and_mails_each_learner_once()
    {
        var edition = await ResetThaiAsync("crash", learners: 1200);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReleaseAsync(edition, batchSize: 250, dieAfterBatch: 2));
        Assert.Equal(500, await CountAsync("crash"));
        await ReleaseAsync(edition, batchSize: 250);

        await AssertOneMessageEachAsync("crash", 1200);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Enrolment>().CountAsync(e => e.EditionId == Thai && e.State == EnrolmentState.Waitlisted)));
    }

    [Fact]
    public async Task A_job_for_an_earlier_schedule_does_nothing()
    {
        var edition = await ResetThaiAsync("stale", learners: 3);
        var stale = edition.ScheduleVersion;
        await site.WithScopeAsync(sp => sp.GetRequiredService<EditionScheduler>().ScheduleAsync(Thai, new DateTime(2031, 1, 1, 9, 0, 0), "Asia/Bangkok"));

        var queued = await site.WithScopeAsync(sp => sp.GetRequiredService<EditionRelease>().RunAsync(Thai, stale, CancellationToken.None));

        Assert.Equal(0, queued);
        Assert.Equal(EditionStatus.Scheduled, await site.WithDbAsync(db => db.Set<Edition>().Where(e => e.Id == Thai).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_untranslated_edition_is_not_published_and_its_editors_are_told_why()
    {
        await CourseSite.ImportAsync(site, CourseRecipe.Json(thaiComplete: false));
        var edition = await ResetThaiAsync("gaps", learners: 2);

        await ReleaseAsync(edition, batchSize: 250);

        var stored = await site.WithDbAsync(db => db.Set<Edition>().AsNoTracking().SingleAsync(e => e.Id == Thai));
        Assert.Equal(EditionStatus.Scheduled, stored.Status);
        Assert.Contains("Unit 2, lesson 1 has no text.", stored.ReleaseProblem);
        Assert.Equal(0, await CountAsync("gaps"));
        Assert.True(await site.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.DedupKey.StartsWith($"edition-blocked:{Thai}:") && m.To == SiteFactory.AdminEmail)));
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
    }

    private Task<int> ReleaseAsync(Edition edition, int batchSize, int? dieAfterBatch = null) =>
        site.WithScopeAsync(sp =>
        {
            var fanOut = sp.GetRequiredService<ReleaseFanOut>();
            fanOut.BatchSize = batchSize;
            fanOut.AfterBatch = n =>
            {
                if (n == dieAfterBatch)
                {
                    throw new InvalidOperationException("the process died here");
                }
            };
            return sp.GetRequiredService<EditionRelease>().RunAsync(edition.Id, edition.ScheduleVersion, CancellationToken.None);
        });

    private Task<Edition> ResetThaiAsync(string tag, int learners) => CourseSite.WaitlistAsync(site, Thai, tag, learners);

    private Task<int> CountAsync(string tag) =>
        site.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith($"edition-release:{Thai}:{tag}-")));

    private async Task AssertOneMessageEachAsync(string tag, int learners)
    {
        var recipients = await site.WithDbAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.DedupKey.StartsWith($"edition-release:{Thai}:{tag}-")).Select(m => m.To).ToListAsync());
        Assert.Equal(learners, recipients.Count);
        Assert.Equal(learners, recipients.Distinct().Count());
    }
}

public sealed class SqliteReleaseTests(SqliteSite site) : ReleaseTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresReleaseTests(PostgresSite site) : ReleaseTests<PostgresSite>(site);
