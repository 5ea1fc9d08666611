using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core;

/// <summary>
/// The few things every request needs (languages, role grants, settings), held in memory and
/// reloaded when they change, so that no request pays a query for them.
/// </summary>
public sealed class SiteState(CultureCatalog cultures, PermissionGrants grants, SiteSettings settings)
{
    public async Task ReloadAsync(LearningDbContext db, CancellationToken ct = default)
    {
        cultures.Load(await db.Set<Language>().AsNoTracking().ToListAsync(ct));
        grants.Load(await db.Set<RolePermission>().AsNoTracking().ToListAsync(ct));
        settings.Load(await db.Set<SiteSetting>().AsNoTracking().ToListAsync(ct));
    }
}
