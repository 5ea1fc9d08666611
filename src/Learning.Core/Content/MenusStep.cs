using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Content;

/// <summary>Recipe step "Menus": entries pointing at localization sets.</summary>
public sealed class MenusStep(LearningDbContext db) : IRecipeStep
{
    public string Name => "Menus";

    public int ExportOrder => 60;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            validation.Unique(seen, validation.String(item, itemPath, "id", maxLength: 100), $"{itemPath}.id");
            validation.String(item, itemPath, "menu", maxLength: 50);
            validation.String(item, itemPath, "localizationSet", maxLength: 100);
            validation.Integer(item, itemPath, "order");
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var id = item["id"]!.GetValue<string>();
            var entry = await db.Set<MenuItem>().FindAsync([id], ct);
            if (entry is null)
            {
                entry = new MenuItem { Id = id };
                db.Add(entry);
            }
            entry.Menu = item["menu"]!.GetValue<string>();
            entry.LocalizationSet = item["localizationSet"]!.GetValue<string>();
            entry.Order = item["order"]?.GetValue<int>() ?? 0;
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var items = await db.Set<MenuItem>().AsNoTracking().OrderBy(m => m.Menu).ThenBy(m => m.Order).ThenBy(m => m.Id).ToListAsync(ct);
        var data = new JsonArray(items.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id,
            ["menu"] = m.Menu,
            ["localizationSet"] = m.LocalizationSet,
            ["order"] = m.Order,
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
