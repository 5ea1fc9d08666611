using Learning.Core.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learning.Core.Caching;

/// <summary>Signals <see cref="PublicContentChanges"/> after a save that added, changed or removed public content.</summary>
public sealed class PublicContentInterceptor(PublicContentChanges changes) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    private void Release(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context is LearningDbContext db && db.TakePublicContentChange())
        {
            changes.Signal();
        }
    }
}
