using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>Country names from the ICU data that ships with .NET, in the reader's language.</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyList<string>> codes = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)?.TwoLetterISORegionName).OfType<string>()
        .Where(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper)).Distinct().Order().ToList());

    /// <summary>Every country the ICU data knows, by ISO code.</summary>
    public static IReadOnlyList<string> Codes => codes.Value;

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
