using Learning.Core.Cultures;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Courses.Authoring;

/// <summary>Texts by language as the forms post them (<c>Input.Titles[fr]</c>): blank ones mean "none in this language".</summary>
public sealed class LanguageTexts(CultureCatalog cultures, PoStringLocalizer t)
{
    public static Dictionary<string, string> Kept(Dictionary<string, string?> posted) =>
        posted.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!.Trim());

    /// <summary>Refuses languages the site does not have, overlong texts, and a set with no text at all.</summary>
    public void Check(Dictionary<string, string?> posted, string key, ModelStateDictionary errors)
    {
        foreach (var (culture, text) in Kept(posted))
        {
            if (!cultures.IsSupported(culture))
            {
                errors.AddModelError($"{key}[{culture}]", t["This language is not offered on this site."]);
            }
            else if (text.Length > ContentRules.TitleLength)
            {
                errors.AddModelError($"{key}[{culture}]", t["Use at most 300 characters."]);
            }
        }
        if (Kept(posted).Count == 0)
        {
            errors.AddModelError(key, t["Enter the text in at least one language."]);
        }
    }

    /// <summary>The site's languages among the given ones, spelled as the site spells them; null when one is unknown.</summary>
    public List<string>? Known(IEnumerable<string> posted)
    {
        var found = posted.Distinct(StringComparer.OrdinalIgnoreCase).Select(cultures.Find).ToList();
        return found.Any(l => l is null) ? null : found.Select(l => l!.Culture).ToList();
    }
}
