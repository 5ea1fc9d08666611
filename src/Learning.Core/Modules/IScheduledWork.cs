namespace Learning.Core.Modules;

/// <summary>
/// Work a module schedules from what the database says (releases, reminders, the outbox). It is
/// re-derived at every start, so a job queue that lost its state loses nothing.
/// </summary>
public interface IScheduledWork
{
    Task RederiveAsync(CancellationToken ct);
}
