using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Cultures;

/// <summary>Recipe step "Languages": adds or updates the languages the site is offered in.</summary>
public sealed partial class LanguagesStep(LearningDbContext db) : IRecipeStep
{
    public string Name => "Languages";

    public int ExportOrder => 10;

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")]
    private static partial Regex CultureTag();

    public void Declare(JsonObject step, RecipeValidation validation)
    {
        foreach (var culture in (step["data"] as JsonArray ?? []).OfType<JsonObject>()
                     .Select(i => i["culture"]).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null))
        {
            if (culture is not null && CultureTag().IsMatch(culture))
            {
                validation.Cultures.Add(culture);
            }
        }
    }

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var culture = validation.String(item, itemPath, "culture", maxLength: 20);
            if (culture is not null && !CultureTag().IsMatch(culture))
            {
                validation.Add($"{itemPath}.culture", $"'{culture}' is not a language tag such as 'fr' or 'zh-Hans'");
            }
            validation.Unique(seen, culture, $"{itemPath}.culture");
            validation.String(item, itemPath, "nativeName", maxLength: 100);
            validation.String(item, itemPath, "englishName", maxLength: 100);
            validation.Boolean(item, itemPath, "rtl");
            validation.Integer(item, itemPath, "order");
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var culture = item["culture"]!.GetValue<string>();
            var language = await db.Set<Language>().FindAsync([culture], ct);
            if (language is null)
            {
                language = new Language { Culture = culture };
                db.Add(language);
            }
            language.NativeName = item["nativeName"]!.GetValue<string>();
            language.EnglishName = item["englishName"]!.GetValue<string>();
            language.RightToLeft = item["rtl"]?.GetValue<bool>() ?? false;
            language.Order = item["order"]?.GetValue<int>() ?? 0;
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var languages = await db.Set<Language>().AsNoTracking().OrderBy(l => l.Order).ThenBy(l => l.Culture).ToListAsync(ct);
        var data = new JsonArray(languages.Select(l => (JsonNode)new JsonObject
        {
            ["culture"] = l.Culture,
            ["nativeName"] = l.NativeName,
            ["englishName"] = l.EnglishName,
            ["rtl"] = l.RightToLeft,
            ["order"] = l.Order,
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
