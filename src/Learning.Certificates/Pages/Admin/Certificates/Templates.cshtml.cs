using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>The wordings by template and language: which languages have the site's own, and which print the built-in one.</summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class TemplatesModel(LearningDbContext db) : PageModel
{
    /// <summary>The languages each template has its own wording in, by template name.</summary>
    public SortedDictionary<string, HashSet<string>> Templates { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync()
    {
        foreach (var name in BuiltInTemplates.Templates.Select(t => t.Name))
        {
            Templates.TryAdd(name, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        }
        var rows = await db.Set<CertificateTemplate>().AsNoTracking().Select(t => new { t.Name, t.Culture }).ToListAsync(HttpContext.RequestAborted);
        foreach (var row in rows)
        {
            Templates.TryAdd(row.Name, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            Templates[row.Name].Add(row.Culture);
        }
    }
}
