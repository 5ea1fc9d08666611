using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>Country names from the ICU data that ships with .NET, in the reader's language.</summary>
public static class Countries
{
    public static bool IsCode(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetterUpper) && TryRegion(code) is not null;

    public static string NameOf(string code, string culture)
    {
        if (TryRegion(code) is not { } region)
        {
            return code;
        }
        // RegionInfo names itself in the current UI language; pages run in the reader's language.
        // Under ICU, DisplayName can be the region's own language (Sinhala for LK), so English asks for English.
        return CultureInfo.CurrentUICulture.Name == culture && culture != "en" ? region.DisplayName : region.EnglishName;
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
