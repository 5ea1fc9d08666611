using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Impact;

/// <summary>
/// The two query shapes every impact source needs: keep what happened in the period, and count
/// distinct people (or pledges) per group on the database server.
/// </summary>
public static class ImpactQueries
{
    /// <summary>Keeps the rows whose <paramref name="date"/> falls in the filter's period; a null date is outside any bounded period.</summary>
    public static IQueryable<T> During<T>(this IQueryable<T> query, Expression<Func<T, DateTime?>> date, ImpactFilter filter)
    {
        if (filter.FromUtc is { } from)
        {
            query = query.Where(Compare(date, ExpressionType.GreaterThanOrEqual, from));
        }
        if (filter.BeforeUtc is { } before)
        {
            query = query.Where(Compare(date, ExpressionType.LessThan, before));
        }
        return query;
    }

    /// <summary>How many distinct <paramref name="who"/> there are in each group of <paramref name="key"/>: one GROUP BY on the server.</summary>
    public static async Task<Dictionary<TKey, long>> CountByAsync<T, TKey, TWho>(this IQueryable<T> query, Expression<Func<T, TKey>> key,
        Expression<Func<T, TWho>> who, CancellationToken ct) where TKey : notnull
    {
        var counted = await query.Select(Pair(key, who)).GroupBy(p => p.Key)
            .Select(g => new { g.Key, Count = g.Select(p => p.Who).Distinct().Count() }).ToListAsync(ct);
        return counted.ToDictionary(c => c.Key, c => (long)c.Count);
    }

    /// <summary>How many distinct <paramref name="who"/> there are in all.</summary>
    public static async Task<long> CountDistinctAsync<T, TWho>(this IQueryable<T> query, Expression<Func<T, TWho>> who, CancellationToken ct) =>
        await query.Select(who).Distinct().CountAsync(ct);

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTime?>> date, ExpressionType comparison, DateTime bound)
    {
        // Read through a closure, so the database sees a parameter and reuses its plan for any period.
        var holder = new Bound(bound);
        var value = Expression.Convert(Expression.Property(Expression.Constant(holder), nameof(Bound.Value)), typeof(DateTime?));
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, date.Body, value), date.Parameters);
    }

    private static Expression<Func<T, Counted<TKey, TWho>>> Pair<T, TKey, TWho>(Expression<Func<T, TKey>> key, Expression<Func<T, TWho>> who)
    {
        var row = key.Parameters[0];
        var whoBody = new Rebind(who.Parameters[0], row).Visit(who.Body);
        var type = typeof(Counted<TKey, TWho>);
        return Expression.Lambda<Func<T, Counted<TKey, TWho>>>(Expression.MemberInit(Expression.New(type),
            Expression.Bind(type.GetProperty(nameof(Counted<TKey, TWho>.Key))!, key.Body),
            Expression.Bind(type.GetProperty(nameof(Counted<TKey, TWho>.Who))!, whoBody)), row);
    }

    private sealed record Bound(DateTime Value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>A group key and whom it counts; public only because EF Core builds it inside a query.</summary>
public sealed class Counted<TKey, TWho>
{
    public TKey Key { get; init; } = default!;
    public TWho Who { get; init; } = default!;
}
