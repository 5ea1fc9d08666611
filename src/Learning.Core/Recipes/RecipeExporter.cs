using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Learning.Core.Recipes;

/// <summary>Writes the site back as a recipe. The output depends only on the data, so it is stable.</summary>
public sealed class RecipeExporter(IEnumerable<IRecipeStep> steps)
{
    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<string> ExportAsync(CancellationToken ct = default)
    {
        var exported = new JsonArray();
        foreach (var step in steps.OrderBy(s => s.ExportOrder).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            if (await step.ExportAsync(ct) is { } json)
            {
                exported.Add(json);
            }
        }
        var root = new JsonObject
        {
            ["name"] = "site-export",
            ["displayName"] = "Site export",
            ["description"] = "The site's languages, roles, settings, templates, content and menus.",
            ["version"] = "1",
            ["issetuprecipe"] = false,
            ["steps"] = exported,
        };
        return root.ToJsonString(WriteOptions) + "\n";
    }
}
