using Learning.Core.Impact;

namespace Learning.Impact.Dashboard;

/// <summary>What a dashboard page shows: the filter as typed, what was wrong with it, the sections, and the countries to choose from.</summary>
public sealed record DashboardView(FilterInput Input, IReadOnlyList<string> Errors, IReadOnlyList<ImpactSection> Sections, IReadOnlyList<string> Countries)
{
    public static readonly DashboardView None = new(new(null, null, null), [], [], []);

    /// <summary>True when no programme has a single figure above zero for this filter.</summary>
    public bool IsEmpty => Sections.All(s => s.Headlines.All(h => h.Value == 0) && s.Tables.All(t => t.Rows.All(r => r.Values.All(v => v == 0))));
}
