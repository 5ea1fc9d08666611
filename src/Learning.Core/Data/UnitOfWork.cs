using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Data;

public static class UnitOfWork
{
    /// <summary>
    /// Runs work in one transaction under the provider's execution strategy, so that several saves
    /// (a user, its role, its queued e-mail) commit together or not at all.
    /// </summary>
    public static Task InTransactionAsync(this LearningDbContext db, Func<Task> work, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
}
