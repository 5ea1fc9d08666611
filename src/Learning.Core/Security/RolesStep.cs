using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Security;

/// <summary>Recipe step "Roles": creates roles and sets exactly the permissions each holds.</summary>
public sealed class RolesStep(LearningDbContext db, RoleManager<IdentityRole> roles, ModuleCatalog modules) : IRecipeStep
{
    public string Name => "Roles";

    public int ExportOrder => 20;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var known = modules.Permissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            validation.Unique(seen, validation.String(item, itemPath, "name", maxLength: 100), $"{itemPath}.name");
            if (item["permissions"] is not JsonArray permissions)
            {
                validation.Add($"{itemPath}.permissions", "expected an array of permission names");
                return;
            }
            for (var i = 0; i < permissions.Count; i++)
            {
                var name = permissions[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (name is null || !known.Contains(name))
                {
                    validation.Add($"{itemPath}.permissions[{i}]", $"unknown permission {permissions[i]?.ToJsonString() ?? "null"}");
                }
            }
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var name = item["name"]!.GetValue<string>();
            if (!await roles.RoleExistsAsync(name))
            {
                var created = await roles.CreateAsync(new IdentityRole(name));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"role '{name}': {string.Join("; ", created.Errors.Select(e => e.Description))}");
                }
            }
            var wanted = item["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            var current = await db.Set<RolePermission>().Where(g => g.RoleName == name).ToListAsync(ct);
            db.RemoveRange(current.Where(g => !wanted.Contains(g.Permission)));
            db.AddRange(wanted.Except(current.Select(g => g.Permission)).Select(p => new RolePermission { RoleName = name, Permission = p }));
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var names = await db.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
        var grants = await db.Set<RolePermission>().AsNoTracking().ToListAsync(ct);
        var data = new JsonArray(names.Select(n => (JsonNode)new JsonObject
        {
            ["name"] = n,
            ["permissions"] = new JsonArray(grants.Where(g => g.RoleName == n).Select(g => g.Permission)
                .Order(StringComparer.Ordinal).Select(p => (JsonNode)p).ToArray()),
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
