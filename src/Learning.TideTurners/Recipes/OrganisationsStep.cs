using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.TideTurners.Challenge;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Recipes;

/// <summary>Recipe step "TideTurnersOrganisations": the organisations that run the challenge.</summary>
public sealed class OrganisationsStep(LearningDbContext db) : IRecipeStep
{
    public string Name => "TideTurnersOrganisations";

    public int ExportOrder => 200;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            validation.Unique(seen, validation.String(item, itemPath, "id", maxLength: 60), $"{itemPath}.id");
            validation.String(item, itemPath, "name", maxLength: 200);
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        var existing = await db.Set<Organisation>().ToDictionaryAsync(o => o.Id, ct);
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var id = item["id"]!.GetValue<string>();
            if (!existing.TryGetValue(id, out var organisation))
            {
                organisation = new Organisation { Id = id };
                db.Add(organisation);
            }
            organisation.Name = item["name"]!.GetValue<string>().Trim();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var all = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        return new JsonObject { ["name"] = Name, ["data"] = new JsonArray(all.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["name"] = o.Name }).ToArray()) };
    }
}
