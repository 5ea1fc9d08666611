using Learning.Core.Audit;
using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Site.Pages.Admin.Content;

[Authorize(Policy = SitePermissions.ManageContentName)]
public sealed class RemoveMenuItemModel(LearningDbContext db, AuditLog audit, PoStringLocalizer t) : PageModel
{
    public MenuItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        db.Remove(Item);
        audit.Record("menu.removed", Item.Id, $"{Item.Menu}: {Item.LocalizationSet}");
        await db.SaveChangesAsync();
        TempData["Message"] = t["The menu entry was removed."].Value;
        return Redirect(SiteAddresses.ContentMenu);
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await db.Set<MenuItem>().FindAsync(id) is not { } item)
        {
            return false;
        }
        Item = item;
        return true;
    }
}
