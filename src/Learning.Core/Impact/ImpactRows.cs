namespace Learning.Core.Impact;

/// <summary>Puts measures counted separately (each by its own date) side by side, one row per key.</summary>
public static class ImpactRows
{
    /// <summary>Every key any measure has, the largest total first: the order a bar chart reads best.</summary>
    public static List<ImpactRow> Largest(params IReadOnlyDictionary<string, long>[] measures) =>
        Rows(measures.SelectMany(m => m.Keys).Distinct(), measures)
            .OrderByDescending(r => r.Values.Sum()).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    /// <summary>The given keys in their own order, zeros included: levels or statuses, which have an order of their own.</summary>
    public static List<ImpactRow> InOrder(IEnumerable<string> keys, params IReadOnlyDictionary<string, long>[] measures) =>
        Rows(keys, measures).ToList();

    private static IEnumerable<ImpactRow> Rows(IEnumerable<string> keys, IReadOnlyDictionary<string, long>[] measures) =>
        keys.Select(key => new ImpactRow(key, measures.Select(m => m.GetValueOrDefault(key)).ToList()));
}
