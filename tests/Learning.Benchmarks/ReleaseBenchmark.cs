using System.Diagnostics;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Releases;
using Learning.Web.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Benchmarks;

/// <summary>
/// The release fan-out at scale: every seeded learner waits for the Thai edition of the next run;
/// it is released, and the outbox is delivered to a local SMTP server by four workers.
/// </summary>
internal static class ReleaseBenchmark
{
    public sealed record Result(int Queued, TimeSpan Queueing, TimeSpan Delivering, int Undelivered);

    public static async Task<Result> RunAsync(string dataPath, int smtpPort)
    {
        var app = LearningHost.Build([$"--Learning:DataPath={dataPath}", "--Learning:Smtp:Host=127.0.0.1", $"--Learning:Smtp:Port={smtpPort}", "--Logging:LogLevel:Default=Warning"]);
        var edition = await PrepareAsync(app.Services);
        var clock = Stopwatch.StartNew();
        int queued;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            queued = await scope.ServiceProvider.GetRequiredService<EditionRelease>().RunAsync(edition.Id, edition.ScheduleVersion, CancellationToken.None);
        }
        var queueing = clock.Elapsed;
        // As many runs at once as the mail queue has workers in production.
        await Task.WhenAll(Enumerable.Range(0, JobRegistration.MailWorkers).Select(_ => DeliverAllAsync(app.Services)));
        return new Result(queued, queueing, clock.Elapsed - queueing, await PendingAsync(app.Services));
    }

    private static async Task<Edition> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        var run = await scope.ServiceProvider.GetRequiredService<RunCopier>().CopyLastAsync("mooc-marine-litter")
            ?? throw new InvalidOperationException("the MOOC's last run could not be copied");
        var edition = await db.Set<Edition>().SingleAsync(e => e.RunId == run.Id && e.Culture == "th");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"CoursesEnrolments\" (\"UserId\", \"EditionId\", \"State\", \"CreatedUtc\") SELECT \"Id\", {0}, 'Waitlisted', CURRENT_TIMESTAMP FROM \"AspNetUsers\" WHERE \"Id\" LIKE 'seed-%'",
            edition.Id);
        edition.Status = EditionStatus.Scheduled;
        EditionScheduler.SetReleaseTime(edition, DateTime.UtcNow, "UTC");
        await db.SaveChangesAsync();
        return edition;
    }

    private static async Task DeliverAllAsync(IServiceProvider services)
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync() == 0)
            {
                return;
            }
        }
    }

    /// <summary>What is still waiting in the outbox after delivery; should be nothing.</summary>
    public static async Task<int> PendingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().Pending().CountAsync();
    }
}
