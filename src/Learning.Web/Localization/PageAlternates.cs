using Learning.Core.Content;
using Learning.Core.Cultures;

namespace Learning.Web.Localization;

/// <summary>
/// Where the language switcher leads from this page. By default the same path in the other
/// language; a content page replaces that with the URLs of its translations.
/// </summary>
public sealed class PageAlternates(CultureCatalog cultures, IHttpContextAccessor http)
{
    private Dictionary<string, string>? translations;

    public void UseTranslations(IDictionary<string, string> urlsByCulture) =>
        translations = new Dictionary<string, string>(urlsByCulture, StringComparer.Ordinal);

    public IEnumerable<(Language Language, string Url, bool Available)> All()
    {
        var request = http.HttpContext!.Request;
        foreach (var language in cultures.Languages)
        {
            if (translations is not null)
            {
                yield return translations.TryGetValue(language.Culture, out var url)
                    ? (language, url, true)
                    : (language, ContentTypes.Home(language.Culture), false);
                continue;
            }
            yield return (language, SamePathIn(language.Culture, request.Path.Value ?? "/") + request.QueryString, true);
        }
    }

    public static string SamePathIn(string culture, string path)
    {
        var segments = path.Split('/', 3);
        var rest = segments.Length > 2 ? segments[2] : "";
        return $"/{culture}/{rest}";
    }
}
