using System.Text.Json.Nodes;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Recipes;

/// <summary>A text kept once per name and language, keyed by both (an e-mail, a certificate's wording).</summary>
public interface ILanguageTemplate
{
    string Name { get; set; }
    string Culture { get; set; }
}

/// <summary>
/// A recipe step of templates, one per name and language: names and languages are checked alike,
/// an import adds or overwrites by both, and an export lists them in that order. What a template
/// holds besides them, and how it is checked, is the step's own.
/// </summary>
public abstract class TemplatesStep<TTemplate>(LearningDbContext db) : IRecipeStep where TTemplate : class, ILanguageTemplate, new()
{
    public abstract string Name { get; }

    public abstract int ExportOrder { get; }

    /// <summary>Checks the template's own parts; the culture is the item's, unchecked, possibly null.</summary>
    protected abstract void ValidateParts(JsonObject item, string itemPath, string? culture, RecipeValidation validation);

    /// <summary>Copies a validated item's own parts onto the template.</summary>
    protected abstract void Fill(TTemplate template, JsonObject item);

    /// <summary>Writes the template's own parts into an exported item.</summary>
    protected abstract void Describe(TTemplate template, JsonObject item);

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var name = validation.String(item, itemPath, "name", maxLength: 100);
            var culture = validation.String(item, itemPath, "culture", maxLength: 20);
            validation.Culture(culture, $"{itemPath}.culture");
            validation.Unique(seen, name is null ? null : $"{name}/{culture}", $"{itemPath}.name");
            ValidateParts(item, itemPath, culture, validation);
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var name = item["name"]!.GetValue<string>();
            var culture = item["culture"]!.GetValue<string>();
            var template = await db.Set<TTemplate>().FindAsync([name, culture], ct);
            if (template is null)
            {
                template = new TTemplate { Name = name, Culture = culture };
                db.Add(template);
            }
            Fill(template, item);
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var templates = await db.Set<TTemplate>().AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Culture).ToListAsync(ct);
        var data = new JsonArray(templates.Select(t =>
        {
            var item = new JsonObject { ["name"] = t.Name, ["culture"] = t.Culture };
            Describe(t, item);
            return (JsonNode)item;
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
