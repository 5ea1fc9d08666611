using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Settings;

/// <summary>Recipe step "Settings": site settings, each checked by the module that defines it.</summary>
public sealed class SettingsStep(LearningDbContext db, IEnumerable<SettingDefinition> definitions) : IRecipeStep
{
    public string Name => "Settings";

    public int ExportOrder => 30;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var known = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var key = validation.String(item, itemPath, "key", maxLength: 100);
            var value = validation.String(item, itemPath, "value", maxLength: 2000);
            validation.Unique(seen, key, $"{itemPath}.key");
            if (key is null)
            {
                return;
            }
            if (!known.TryGetValue(key, out var definition))
            {
                validation.Add($"{itemPath}.key", $"unknown setting '{key}'; known: {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}");
            }
            else if (value is not null && definition.Check(value) is { } problem)
            {
                validation.Add($"{itemPath}.value", problem);
            }
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var key = item["key"]!.GetValue<string>();
            var setting = await db.Set<SiteSetting>().FindAsync([key], ct);
            if (setting is null)
            {
                setting = new SiteSetting { Key = key };
                db.Add(setting);
            }
            setting.Value = item["value"]!.GetValue<string>();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var settings = await db.Set<SiteSetting>().AsNoTracking().OrderBy(s => s.Key).ToListAsync(ct);
        var data = new JsonArray(settings.Select(s => (JsonNode)new JsonObject { ["key"] = s.Key, ["value"] = s.Value }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
