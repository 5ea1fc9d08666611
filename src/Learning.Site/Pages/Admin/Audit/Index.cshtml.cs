using Learning.Core.Admin;
using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Audit;

[Authorize(Policy = SitePermissions.ViewAuditLogName)]
public sealed class IndexModel(LearningDbContext db) : PageModel
{
    public const string ActionKey = "action";

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = ActionKey)]
    public string? ActionText { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public PageOf<AuditEntry> Entries { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync()
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Actor.ToLower().Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(ActionText))
        {
            var action = ActionText.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Action.ToLower().Contains(action));
        }
        Entries = await entries.OrderByDescending(e => e.Id).PageAsync(P);
    }
}
