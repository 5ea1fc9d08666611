using System.Collections.Frozen;
using System.Security.Claims;

namespace Learning.Core.Security;

/// <summary>Which role holds which permission, in memory. Administrators hold every permission.</summary>
public sealed class PermissionGrants
{
    private volatile FrozenDictionary<string, FrozenSet<string>> byRole = FrozenDictionary<string, FrozenSet<string>>.Empty;

    public void Load(IEnumerable<RolePermission> grants) =>
        byRole = grants.GroupBy(g => g.RoleName, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Permission).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    public IReadOnlySet<string> For(string role) =>
        byRole.TryGetValue(role, out var set) ? set : FrozenSet<string>.Empty;

    public bool Allows(ClaimsPrincipal user, string permission)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return roles.Any(r => r == RoleNames.Administrator || For(r).Contains(permission));
    }
}
