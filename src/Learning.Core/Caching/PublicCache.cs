using Microsoft.Extensions.Caching.Memory;

namespace Learning.Core.Caching;

/// <summary>
/// What is read from public content, kept in memory until that content changes on this node or
/// <see cref="PublicContentChanges.MaxAge"/> passes. Cached values are shared by all requests, so they
/// must be read-only (entities loaded without tracking, never attached afterwards).
/// </summary>
public sealed class PublicCache(IMemoryCache cache, PublicContentChanges changes)
{
    /// <summary>The output cache policy of pages made only of public content (<c>[OutputCache(PolicyName = ...)]</c>).</summary>
    public const string PagePolicy = "public-page";

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
    {
        if (cache.TryGetValue(key, out T? value))
        {
            return value!;
        }
        // Taken before loading: a change saved during the load expires what the load read.
        var token = changes.Token;
        value = await load();
        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.AbsoluteExpirationRelativeToNow = PublicContentChanges.MaxAge;
        entry.AddExpirationToken(token);
        return value;
    }
}
