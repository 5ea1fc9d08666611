using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Learning.Core.Email;
using Learning.Web.Jobs;

namespace Learning.Web.Composition;

public static class JobRegistration
{
    /// <summary>Delivery runs at once, each with one SMTP connection.</summary>
    public const int MailWorkers = 4;

    public static IServiceCollection AddLearningJobs(this IServiceCollection services, LearningOptions options, IConfiguration configuration)
    {
        // The database holds the truth, so an in-memory queue on the embedded default loses nothing:
        // SiteSetup re-derives scheduled work from the database at every start.
        services.AddSingleton<JobStorage>(sp =>
        {
            JobLogBridge.Attach(sp.GetRequiredService<ILoggerFactory>());
            return options.UsesPostgres
                ? new PostgreSqlStorage(new NpgsqlConnectionFactory(DataRegistration.ConnectionString(configuration, options), new PostgreSqlStorageOptions()),
                    new PostgreSqlStorageOptions
                    {
                        PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1),
                        // A running job keeps its hold alive; the job of a node that died is taken up again once the hold lapses.
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromSeconds(configuration.GetValue("Learning:Jobs:InvisibilitySeconds", 300)),
                        // A lock is held for moments; one older than this was left by a node that died holding it.
                        DistributedLockTimeout = TimeSpan.FromSeconds(configuration.GetValue("Learning:Jobs:LockSeconds", 60)),
                    })
                : new InMemoryStorage();
        });
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new JobLogBridge()));
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddHangfireServer((sp, o) =>
        {
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:mail";
            o.Queues = [OutboxSchedule.Queue];
            o.WorkerCount = MailWorkers;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddHealthChecks().AddCheck<JobServerHealthCheck>("jobs");
        return services;
    }
}
