using Learning.Core;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Roles;

public sealed class RoleGrants
{
    public string Name { get; set; } = "";
    public List<string> Permissions { get; set; } = [];
}

[Authorize(Policy = SitePermissions.ManageRolesName)]
public sealed class IndexModel(LearningDbContext db, ModuleCatalog modules, SiteState state, AuditLog audit, PoStringLocalizer t) : PageModel
{
    [BindProperty]
    public List<RoleGrants> Roles { get; set; } = [];

    public List<Permission> Permissions { get; } = modules.Permissions.ToList();

    public async Task OnGetAsync()
    {
        var grants = await db.Set<RolePermission>().AsNoTracking().ToListAsync();
        Roles = (await RoleNamesAsync()).Select(name => new RoleGrants
        {
            Name = name,
            Permissions = grants.Where(g => g.RoleName == name).Select(g => g.Permission).ToList(),
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await CheckAsync();
        if (!ModelState.IsValid)
        {
            Roles = Roles.Where(r => r.Name != RoleNames.Administrator).ToList();
            return Page();
        }
        var stored = await db.Set<RolePermission>().Where(g => g.RoleName != RoleNames.Administrator).ToListAsync();
        foreach (var role in Roles)
        {
            Apply(role, stored.Where(g => g.RoleName == role.Name).ToList());
        }
        await db.SaveChangesAsync();
        await state.ReloadAsync(db);
        TempData["Message"] = t["The permissions were saved."].Value;
        return Redirect(SiteAddresses.Roles);
    }

    private void Apply(RoleGrants role, List<RolePermission> current)
    {
        var wanted = role.Permissions.ToHashSet(StringComparer.Ordinal);
        var removed = current.Where(g => !wanted.Contains(g.Permission)).ToList();
        var added = wanted.Except(current.Select(g => g.Permission)).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }
        db.RemoveRange(removed);
        db.AddRange(added.Select(p => new RolePermission { RoleName = role.Name, Permission = p }));
        audit.Record("role.permissions", role.Name,
            $"added: {string.Join(", ", added.Order())}; removed: {string.Join(", ", removed.Select(g => g.Permission).Order())}");
    }

    private async Task CheckAsync()
    {
        var known = (await RoleNamesAsync()).ToHashSet(StringComparer.Ordinal);
        var permissions = Permissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var role in Roles)
        {
            if (!known.Contains(role.Name))
            {
                ModelState.AddModelError(string.Empty, t["There is no role named {0}.", role.Name]);
            }
            foreach (var unknown in role.Permissions.Where(p => !permissions.Contains(p)))
            {
                ModelState.AddModelError(string.Empty, t["There is no permission named {0}.", unknown]);
            }
        }
        if (Roles.GroupBy(r => r.Name).Any(g => g.Count() > 1))
        {
            ModelState.AddModelError(string.Empty, t["A role was sent twice."]);
        }
    }

    /// <summary>Every role but Administrator, which holds every permission and is not edited here.</summary>
    private Task<List<string>> RoleNamesAsync() =>
        db.Roles.AsNoTracking().Where(r => r.Name != RoleNames.Administrator).Select(r => r.Name!).OrderBy(n => n).ToListAsync();
}
