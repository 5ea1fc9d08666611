using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learning.Core.Caching;

/// <summary>Signals <see cref="PublicContentChanges"/> after a save that added, changed or removed public content.</summary>
public sealed class PublicContentInterceptor(PublicContentChanges changes) : SaveChangesInterceptor
{
    private static readonly object Mark = new();
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<IPublicContent>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            pending.AddOrUpdate(context, Mark);
        }
    }

    private void Release(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
        {
            changes.Signal();
        }
    }
}
