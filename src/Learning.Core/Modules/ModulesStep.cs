using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Core.Modules;

/// <summary>
/// Recipe step "Modules": every module's roles and templates, as the modules declare them, so the
/// setup recipe names none of them. A role is created unless present and given the permissions it
/// lacks; templates go through their own step ("EmailTemplates", "CertificateTemplates").
/// </summary>
public sealed class ModulesStep(LearningDbContext db, RoleManager<IdentityRole> roles, ModuleCatalog modules, IServiceProvider services) : IRecipeStep
{
    public string Name => "Modules";

    public int ExportOrder => 45;

    // The other steps are looked up when used: they are resolved along with this one.
    private IRecipeStep StepNamed(string name) => services.GetServices<IRecipeStep>().Single(s => s.Name == name);

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var known = modules.Permissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var module in modules.Modules)
        {
            var modulePath = $"{path}.{module.Name}";
            foreach (var unknown in module.Roles.SelectMany(r => r.Permissions).Where(p => !known.Contains(p)))
            {
                validation.Add($"{modulePath}.roles", $"unknown permission \"{unknown}\"");
            }
            foreach (var templates in module.Templates)
            {
                StepNamed(templates.Step).Validate(templates.AsStep(), $"{modulePath}.{templates.Step}", validation);
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var module in modules.Modules)
        {
            foreach (var role in module.Roles)
            {
                await GrantAsync(role, ct);
            }
            foreach (var templates in module.Templates)
            {
                await StepNamed(templates.Step).ApplyAsync(templates.AsStep(), context, ct);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task GrantAsync(ModuleRole role, CancellationToken ct)
    {
        if (!await roles.RoleExistsAsync(role.Name))
        {
            var created = await roles.CreateAsync(new IdentityRole(role.Name));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"role '{role.Name}': {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }
        var held = await db.Set<RolePermission>().Where(g => g.RoleName == role.Name).Select(g => g.Permission).ToListAsync(ct);
        db.AddRange(role.Permissions.Except(held, StringComparer.Ordinal).Select(p => new RolePermission { RoleName = role.Name, Permission = p }));
    }

    /// <summary>What the modules set up is exported by the steps that hold it.</summary>
    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}
