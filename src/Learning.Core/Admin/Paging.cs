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

    public static async Task<PageOf<T>> PageAsync<T>(this IQueryable<T> query, int number, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var (page, count) = Clamp(number, total);
        var items = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PageOf<T>(items, page, count, total);
    }

    public static PageOf<T> Page<T>(this IReadOnlyList<T> all, int number)
    {
        var (page, count) = Clamp(number, all.Count);
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

    private static (int Page, int Count) Clamp(int number, int total)
    {
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        return (Math.Clamp(number, 1, count), count);
    }
}
