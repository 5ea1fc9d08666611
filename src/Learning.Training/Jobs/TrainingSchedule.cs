using Hangfire;
using Learning.Core.Modules;

namespace Learning.Training.Jobs;

/// <summary>One recurring job for the whole programme, never one per participant.</summary>
public sealed class TrainingSchedule(IRecurringJobManager recurring) : IScheduledWork
{
    public Task RederiveAsync(CancellationToken ct)
    {
        recurring.AddOrUpdate<TrainingSweep>(TrainingSweep.RecurringJobId, s => s.RunAsync(CancellationToken.None), "*/5 * * * *");
        return Task.CompletedTask;
    }
}
