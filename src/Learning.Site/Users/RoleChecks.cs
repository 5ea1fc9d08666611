using System.Security.Claims;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Users;

/// <summary>
/// The rules for changing someone's roles. Only an administrator may make or unmake an
/// administrator, so that holding ManageUsers alone cannot raise anyone to full power.
/// </summary>
public sealed class RoleChecks(LearningDbContext db, PoStringLocalizer t)
{
    public Task<List<string>> AllRolesAsync() =>
        db.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync();

    public async Task CheckAsync(ClaimsPrincipal actor, IList<string> current, IList<string> wanted, bool isSelf, ModelStateDictionary errors)
    {
        var known = await AllRolesAsync();
        foreach (var unknown in wanted.Except(known, StringComparer.Ordinal))
        {
            errors.AddModelError(string.Empty, t["There is no role named {0}.", unknown]);
        }
        var wasAdmin = current.Contains(RoleNames.Administrator);
        var staysAdmin = wanted.Contains(RoleNames.Administrator);
        if (wasAdmin != staysAdmin && !actor.IsInRole(RoleNames.Administrator))
        {
            errors.AddModelError(string.Empty, t["Only an administrator can change an administrator."]);
        }
        if (isSelf && wasAdmin && !staysAdmin)
        {
            errors.AddModelError(string.Empty, t["You cannot remove your own administrator role."]);
        }
    }

    /// <summary>Why the actor may not lock, unlock or delete the target, or null when they may.</summary>
    public string? RefuseChange(ClaimsPrincipal actor, bool targetIsAdmin, bool isSelf) =>
        isSelf ? t["You cannot do this to your own account."].Value
        : targetIsAdmin && !actor.IsInRole(RoleNames.Administrator) ? t["Only an administrator can change an administrator."].Value
        : null;
}
