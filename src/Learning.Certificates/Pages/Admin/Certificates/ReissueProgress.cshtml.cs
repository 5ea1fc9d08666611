using Learning.Certificates.Reissuing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>How far one reissue has got, as a page and, for the progress bar's refresh, as JSON.</summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class ReissueProgressModel(Reissues reissues) : PageModel
{
    public CertificateReissue Reissue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await reissues.FindAsync(id, HttpContext.RequestAborted) is not { } reissue)
        {
            return NotFound();
        }
        Reissue = reissue;
        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(long id) =>
        await reissues.FindAsync(id, HttpContext.RequestAborted) is { } reissue ? new JsonResult(ReissueStatus.Of(reissue)) : NotFound();
}

/// <summary>What the progress bar polls for.</summary>
public sealed record ReissueStatus(long Id, string State, bool Finished, int Total, int Done, int Issued, int Changed, int Skipped, int Percent, string? LastError)
{
    public static ReissueStatus Of(CertificateReissue r) =>
        new(r.Id, r.State.ToString(), !r.IsActive, r.Total, r.Done, r.Issued, r.Changed, r.Skipped, r.Percent, r.LastError);
}
