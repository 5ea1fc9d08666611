using Learning.Certificates.Issuing;
using Learning.Core.Admin;
using Learning.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>Every certificate ever issued, revoked ones included, found by code, holder or course.</summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class IndexModel(LearningDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public PageOf<Certificate> Found { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync() =>
        Found = await CertificateSearch.Filter(db.Set<Certificate>().AsNoTracking(), Q, Status)
            .OrderByDescending(c => c.Id).PageAsync(P, HttpContext.RequestAborted);
}
