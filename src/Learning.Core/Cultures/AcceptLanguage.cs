using Microsoft.Net.Http.Headers;

namespace Learning.Core.Cultures;

/// <summary>
/// Reads an Accept-Language header into language tags, most preferred first, with the framework's
/// own parser of quality values (RFC 9110): an entry whose q is malformed is left out, not taken as 1.
/// </summary>
public static class AcceptLanguage
{
    public static IEnumerable<string> Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var entries))
        {
            return [];
        }
        return entries
            .Select((entry, index) => (Tag: entry.Value.Value ?? "", Quality: entry.Quality ?? 1, Index: index))
            .Where(e => e.Tag.Length > 0 && e.Tag != "*" && e.Quality > 0)
            .OrderByDescending(e => e.Quality)
            .ThenBy(e => e.Index)
            .Select(e => e.Tag)
            .ToList();
    }
}
