using Hangfire;
using Hangfire.States;
using Hangfire.Storage;

namespace Learning.Core.Jobs;

/// <summary>
/// Plans a job once across every node that shares the job store. Each node re-plans the scheduled
/// work at start, so without this every node would add its own copy of each job. A plan is known by
/// its key (what the job is for) and its version (which plan of that thing); a job of the same key
/// and version that is still waiting or running stands, anything else is planned anew.
/// </summary>
public sealed class PlannedJobs(JobStorage storage)
{
    private const string Hash = "learning:planned-jobs";
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);
    private static readonly string[] Pending = [ScheduledState.StateName, EnqueuedState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    /// <summary>Runs <paramref name="plan"/> (which returns the new job's id) unless the same plan is still pending; returns the job's id.</summary>
    public string Once(string key, string version, Func<string> plan)
    {
        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock($"learning:plan:{key}", LockWait))
        {
            if (Stored(connection, key) is { } stored && stored.Version == version && IsPending(connection, stored.JobId))
            {
                return stored.JobId;
            }
            var jobId = plan();
            using var write = connection.CreateWriteTransaction();
            write.SetRangeInHash(Hash, [new KeyValuePair<string, string>(key, $"{version}|{jobId}")]);
            write.Commit();
            return jobId;
        }
    }

    private static (string Version, string JobId)? Stored(IStorageConnection connection, string key)
    {
        var value = connection is JobStorageConnection keyed ? keyed.GetValueFromHash(Hash, key) : connection.GetAllEntriesFromHash(Hash)?.GetValueOrDefault(key);
        var bar = value?.LastIndexOf('|') ?? -1;
        return bar < 0 ? null : (value![..bar], value[(bar + 1)..]);
    }

    private static bool IsPending(IStorageConnection connection, string jobId) =>
        connection.GetJobData(jobId) is { State: { } state } && Pending.Contains(state);
}
