using Hangfire;
using Learning.Core.Modules;

namespace Learning.TideTurners.Jobs;

/// <summary>The challenge's recurring work: the daily review reminders and the retention sweep.</summary>
public sealed class ChallengeSchedule(IRecurringJobManager recurring) : IScheduledWork
{
    public Task RederiveAsync(CancellationToken ct)
    {
        recurring.AddOrUpdate<ReviewReminders>(ReviewReminders.RecurringJobId, r => r.RunAsync(CancellationToken.None), Cron.Daily(7));
        recurring.AddOrUpdate<Retention>(Retention.RecurringJobId, r => r.RunAsync(CancellationToken.None), Cron.Daily(3));
        return Task.CompletedTask;
    }
}
