using Learning.Core.Impact;

namespace Learning.Impact.Dashboard;

/// <summary>
/// Runs every programme's <see cref="IImpactSource"/> in order, live: nothing is cached, so a
/// figure never lags behind the records it counts.
/// </summary>
public sealed class ImpactDashboard(IEnumerable<IImpactSource> sources)
{
    public async Task<List<ImpactSection>> MeasureAsync(ImpactFilter filter, CancellationToken ct)
    {
        var sections = new List<ImpactSection>();
        // One after the other: the sources share the request's DbContext, which runs one query at a time.
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            sections.Add(await source.MeasureAsync(filter, ct));
        }
        return sections;
    }

    public async Task<DashboardView> ReadAsync(FilterInput input, CancellationToken ct)
    {
        var (filter, errors) = input.Parse();
        if (errors.Count > 0)
        {
            return new(input, errors, [], CountriesIn(await MeasureAsync(ImpactFilter.Everything, ct), null));
        }
        var sections = await MeasureAsync(filter, ct);
        // The country list comes from the same period in every country, so choosing one never hides the others.
        var everywhere = filter.Country is null ? sections : await MeasureAsync(filter with { Country = null }, ct);
        return new(input, [], sections, CountriesIn(everywhere, filter.Country));
    }

    private static List<string> CountriesIn(IEnumerable<ImpactSection> sections, string? chosen) =>
        sections.SelectMany(s => s.Tables).Where(t => t.RowsAre == ImpactRowKind.Country).SelectMany(t => t.Rows)
            .Where(r => r.Values.Any(v => v > 0)).Select(r => r.Key).Append(chosen ?? "").Where(k => k.Length > 0).Distinct().ToList();
}
