using System.Collections.Concurrent;
using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>Country names from the ICU data that ships with .NET, in the reader's language.</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyList<string>> codes = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)?.TwoLetterISORegionName).OfType<string>()
        .Where(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper)).Distinct().ToList());

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Code, string Name)>> named = new();

    /// <summary>
    /// Every country the ICU data knows, named and sorted in the reader's language. Kept per
    /// language, since a form that offers them all is served on every request.
    /// </summary>
    public static IReadOnlyList<(string Code, string Name)> Named(string culture) => named.GetOrAdd(culture, c => codes.Value
        .Select(code => (code, NameOf(code, c))).OrderBy(country => country.Item2, StringComparer.Create(CultureInfo.GetCultureInfo(c), false)).ToList());

    public static bool IsCode(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetterUpper) && TryRegion(code) is not null;

    public static string NameOf(string code, string culture)
    {
        if (TryRegion(code) is not { } region)
        {
            return code;
        }
        // A region of the reader's own language ("ar-KE") names itself in that language, whatever
        // the current UI culture; DisplayName alone can answer in English or in the region's language.
        return culture == "en" || TryRegion($"{culture}-{code}") is not { } local ? region.EnglishName : local.NativeName;
    }

    private static RegionInfo? TryRegion(string code)
    {
        try
        {
            return new RegionInfo(code);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
