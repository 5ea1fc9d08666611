using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>Reads an Accept-Language header into language tags, most preferred first.</summary>
public static class AcceptLanguage
{
    public static IEnumerable<string> Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return [];
        }
        return header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((entry, index) => (Entry: entry.Split(';'), Index: index))
            .Select(e => (Tag: e.Entry[0].Trim(), Quality: Quality(e.Entry.Skip(1)), e.Index))
            .Where(e => e.Tag.Length > 0 && e.Tag != "*" && e.Quality > 0)
            .OrderByDescending(e => e.Quality)
            .ThenBy(e => e.Index)
            .Select(e => e.Tag)
            .ToList();
    }

    private static double Quality(IEnumerable<string> parameters)
    {
        foreach (var parameter in parameters)
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0] == "q" &&
                double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
            {
                return q;
            }
        }
        return 1;
    }
}
