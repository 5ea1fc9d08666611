using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Settings;

[Authorize(Policy = SitePermissions.ManageSettingsName)]
public sealed class EmailModel(LearningDbContext db) : PageModel
{
    /// <summary>The cultures each template exists in, by template name.</summary>
    public SortedDictionary<string, HashSet<string>> Templates { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync()
    {
        var rows = await db.Set<EmailTemplate>().AsNoTracking().Select(e => new { e.Name, e.Culture }).ToListAsync();
        foreach (var group in rows.GroupBy(r => r.Name))
        {
            Templates[group.Key] = group.Select(r => r.Culture).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
    }
}
