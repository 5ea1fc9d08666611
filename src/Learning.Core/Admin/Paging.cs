using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Admin;

/// <summary>What the pager partial needs to know of a page of results.</summary>
public interface IPaged
{
    int Number { get; }
    int Count { get; }
    int Total { get; }
}

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Number, int Count, int Total) : IPaged;

public static class Paging
{
    public const int PageSize = 25;

    /// <summary>The query-string key of the page number.</summary>
    public const string Key = "p";

    public static Task<PageOf<T>> PageAsync<T>(this IQueryable<T> query, int number, CancellationToken ct = default) =>
        query.PageAsync(number, PageSize, ct);

    /// <summary>One page of <paramref name="size"/> rows counted and read by the database; the query must be ordered, and stably.</summary>
    public static async Task<PageOf<T>> PageAsync<T>(this IQueryable<T> query, int number, int size, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var (page, count) = Clamp(number, total, size);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PageOf<T>(items, page, count, total);
    }

    public static PageOf<T> Page<T>(this IReadOnlyList<T> all, int number)
    {
        var (page, count) = Clamp(number, all.Count, PageSize);
        return new PageOf<T>(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, count, all.Count);
    }

    /// <summary>The page numbers worth a link: the first, the last and the two either side of the current one.</summary>
    public static IEnumerable<int> Window(IPaged paged) =>
        Enumerable.Range(1, paged.Count).Where(n => n == 1 || n == paged.Count || Math.Abs(n - paged.Number) <= 2);

    /// <summary>The current address with another page number, keeping the filters.</summary>
    public static string Link(HttpRequest request, int number)
    {
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => kv.Key is not Key and not "handler")
            .SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, v)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path,
            kept.Append(KeyValuePair.Create(Key, (string?)number.ToString(CultureInfo.InvariantCulture))));
    }

    private static (int Page, int Count) Clamp(int number, int total, int size)
    {
        var count = Math.Max(1, (total + size - 1) / size);
        return (Math.Clamp(number, 1, count), count);
    }
}
