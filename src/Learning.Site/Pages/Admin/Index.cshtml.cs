using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Modules;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin;

[Authorize(Policy = SitePermissions.AccessAdminName)]
public sealed class IndexModel(LearningDbContext db, CultureCatalog cultures, ModuleCatalog modules, PermissionGrants grants) : PageModel
{
    public int Users { get; private set; }

    public int ContentItems { get; private set; }

    public int Languages { get; private set; }

    public int PendingMail { get; private set; }

    public int FailedMail { get; private set; }

    public List<AdminMenuEntry> Links { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Users = await db.Users.CountAsync();
        ContentItems = await db.Set<ContentItemVersion>().CountAsync(v => v.Latest);
        Languages = cultures.Languages.Count;
        PendingMail = await db.Set<OutboxMessage>().CountAsync(m => m.SentUtc == null && !m.GaveUp);
        FailedMail = await db.Set<OutboxMessage>().CountAsync(m => m.SentUtc == null && m.GaveUp);
        Links = modules.AdminMenu.Where(e => grants.Allows(User, e.Permission)).ToList();
    }
}
