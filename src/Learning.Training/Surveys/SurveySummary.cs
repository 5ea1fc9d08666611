namespace Learning.Training.Surveys;

/// <summary>What a survey says: items per 100 m of shoreline and the categories found most.</summary>
public sealed record SurveySummary(int Items, decimal Metres, decimal ItemsPer100M, int Transects, IReadOnlyList<CategoryTotal> Top)
{
    public const int TopCount = 5;

    /// <summary>A transect is one site on one date; its length counts once however many categories it has.</summary>
    public static SurveySummary Of(IReadOnlyCollection<SurveyRow> rows)
    {
        var transects = rows.GroupBy(r => (Site: r.Site.ToUpperInvariant(), r.Date)).Select(g => g.Max(r => r.TransectMetres)).ToList();
        var metres = transects.Sum();
        var items = rows.Sum(r => r.Count);
        var top = rows.GroupBy(r => r.CategoryCode)
            .Select(g => new CategoryTotal(g.Key, g.First().CategoryName, g.Sum(r => r.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal).Take(TopCount).ToList();
        var per100 = metres > 0 ? Math.Round(items * 100m / metres, 1) : 0;
        return new SurveySummary(items, metres, per100, transects.Count, top);
    }
}

public sealed record CategoryTotal(string Code, string Name, int Count);
