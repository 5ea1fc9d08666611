using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Impact;

namespace Learning.Impact.Report;

/// <summary>
/// The language a report is written in: its texts from the PO catalog, the names of countries and
/// languages, and its numbers and dates. A background job has no request culture, so nothing
/// here reads the current one.
/// </summary>
public sealed class ReportLanguage(string culture, bool rightToLeft, TranslationCatalog translations, CultureCatalog cultures)
{
    public string Culture { get; } = culture;

    public bool RightToLeft { get; } = rightToLeft;

    public CultureInfo Info { get; } = CultureInfo.GetCultureInfo(culture);

    /// <summary>The language's name for itself, as the site's language list spells it.</summary>
    public string Name => LanguageName(Culture);

    public string Text(string msgid) => translations.Translate(msgid, Info);

    public string Text(string msgid, params object[] arguments) => string.Format(Info, Text(msgid), arguments);

    public string Number(long value) => value.ToString("N0", Info);

    public string Date(DateOnly date) => date.ToString("D", Info);

    public string Label(ImpactRowKind kind, string key) => kind switch
    {
        // A cohort that serves a region rather than one country has no country code.
        ImpactRowKind.Country => key.Length == 0 ? Text(UiText.Msgid("Regional or global")) : CountryName(key),
        ImpactRowKind.Language => LanguageName(key),
        ImpactRowKind.Msgid => Text(key),
        _ => key,
    };

    public string LanguageName(string culture) =>
        cultures.Find(culture)?.NativeName ?? (TryCulture(culture)?.NativeName ?? culture);

    public string CountryName(string code) => Countries.NameOf(code, Culture);

    private static CultureInfo? TryCulture(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>Makes the <see cref="ReportLanguage"/> of a culture from the site's catalogs.</summary>
public sealed class ReportLanguages(TranslationCatalog translations, CultureCatalog cultures)
{
    /// <summary>The ten languages a report can be written in, whatever the site offers today.</summary>
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];

    public static bool IsSupported(string? culture) => Supported.Contains(culture ?? "", StringComparer.Ordinal);

    public ReportLanguage For(string culture)
    {
        var rightToLeft = cultures.Find(culture)?.RightToLeft ?? CultureInfo.GetCultureInfo(culture).TextInfo.IsRightToLeft;
        return new ReportLanguage(culture, rightToLeft, translations, cultures);
    }
}
