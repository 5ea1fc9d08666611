using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>
/// The site's languages, held in memory so that resolving the culture of a request costs no query.
/// It is reloaded from the database at start-up and after every recipe import.
/// </summary>
public sealed class CultureCatalog
{
    public const string DefaultCulture = "en";

    private volatile IReadOnlyList<Language> languages = [];

    public IReadOnlyList<Language> Languages => languages;

    public void Load(IEnumerable<Language> loaded) =>
        languages = loaded.OrderBy(l => l.Order).ThenBy(l => l.Culture, StringComparer.Ordinal).ToList();

    public Language? Find(string? culture) =>
        culture is null ? null : languages.FirstOrDefault(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase));

    public bool IsSupported(string? culture) => Find(culture) is not null;

    /// <summary>Chooses the best supported language for an Accept-Language header.</summary>
    public string? BestMatch(string? acceptLanguage)
    {
        foreach (var tag in AcceptLanguage.Parse(acceptLanguage))
        {
            var match = Find(tag) ?? FindByParent(tag);
            if (match is not null)
            {
                return match.Culture;
            }
        }
        return null;
    }

    private Language? FindByParent(string tag)
    {
        var (language, script) = Subtags(tag);
        return languages.FirstOrDefault(l => Subtags(l.Culture).Language == language && (script is null || Subtags(l.Culture).Script is null || Subtags(l.Culture).Script == script))
            ?? languages.FirstOrDefault(l => Subtags(l.Culture).Language == language);
    }

    private static (string Language, string? Script) Subtags(string tag)
    {
        var parts = tag.Split('-');
        var script = parts.Skip(1).FirstOrDefault(p => p.Length == 4);
        if (script is null && parts[0].Equals("zh", StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
        {
            script = parts[1].ToUpperInvariant() is "TW" or "HK" or "MO" ? "hant" : "hans";
        }
        return (parts[0].ToLowerInvariant(), script?.ToLowerInvariant());
    }

    public static CultureInfo ToCultureInfo(string culture) => CultureInfo.GetCultureInfo(culture);
}
