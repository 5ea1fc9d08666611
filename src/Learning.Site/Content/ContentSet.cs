using Learning.Core.Content;

namespace Learning.Site.Content;

/// <summary>The translations of one item: the latest version of each, by culture.</summary>
public sealed record ContentSet(string Set, string ContentType, string Title, IReadOnlyDictionary<string, ContentItemVersion> ByCulture)
{
    public static List<ContentSet> From(IEnumerable<ContentItemVersion> latest, string culture) =>
        latest.GroupBy(v => v.Localization.Set, StringComparer.Ordinal)
            .Select(g => From(g.Key, g.ToList(), culture))
            .OrderBy(s => s.Set, StringComparer.Ordinal)
            .ToList();

    private static ContentSet From(string set, List<ContentItemVersion> versions, string culture)
    {
        var byCulture = versions.GroupBy(v => v.Localization.Culture, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var shown = byCulture.GetValueOrDefault(culture) ?? byCulture.GetValueOrDefault("en") ?? versions[0];
        return new ContentSet(set, shown.ContentType, shown.Title.Text, byCulture);
    }
}
