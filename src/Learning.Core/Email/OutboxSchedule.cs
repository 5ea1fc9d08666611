using Hangfire;
using Learning.Core.Data;
using Learning.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learning.Core.Email;

/// <summary>Keeps the outbox drained: a job every minute (<see cref="SmtpOptions.DispatchCron"/>), and one at once when mail is waiting.</summary>
public sealed class OutboxSchedule(IRecurringJobManager recurring, IBackgroundJobClient jobs, OutboxDispatcher dispatcher, IOptions<SmtpOptions> options) : IScheduledWork
{
    /// <summary>
    /// Delivery runs last minutes while mail is waiting; on a queue of their own, with workers of
    /// their own, they never hold up a release or any other job.
    /// </summary>
    public const string Queue = "mail";

    public async Task RederiveAsync(CancellationToken ct)
    {
        recurring.AddOrUpdate<OutboxDispatcher>(OutboxDispatcher.RecurringJobId, Queue, d => d.DispatchDueAsync(CancellationToken.None), options.Value.DispatchCron);
        if (await dispatcher.Pending().AnyAsync(ct))
        {
            RequestDelivery();
        }
    }

    /// <summary>Saves what <paramref name="queue"/> queues once, however many runs of a job do it at the same time (<see cref="QueuedOnce"/>), and asks for its delivery.</summary>
    public async Task SaveOnceAsync(LearningDbContext db, Func<Task> queue, CancellationToken ct)
    {
        if (await QueuedOnce.SaveAsync(db, queue, ct))
        {
            RequestDelivery();
        }
    }

    /// <summary>Asks for delivery now rather than at the next minute; call it after saving queued mail.</summary>
    public void RequestDelivery() => jobs.Enqueue<OutboxDispatcher>(Queue, d => d.DispatchDueAsync(CancellationToken.None));
}
