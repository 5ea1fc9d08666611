using Learning.Certificates.Reissuing;
using Learning.Core.Cultures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>
/// Reissuing a scope's certificates: choose the scope, confirm with the number concerned, start the
/// background job. A scope already being reissued is not started twice.
/// </summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class ReissueModel(ReissueScopes scopes, Reissues reissues, PoStringLocalizer t) : PageModel
{
    public IReadOnlyList<CertificateScope> Scopes { get; private set; } = [];

    public List<CertificateReissue> Recent { get; private set; } = [];

    /// <summary>The scope chosen and how many certificates it holds, while the page asks to confirm.</summary>
    public (CertificateScope Scope, int Count)? Confirming { get; private set; }

    public string? Message { get; private set; }

    public Task<IActionResult> OnGetAsync() => PageAsync();

    public async Task<IActionResult> OnPostConfirmAsync(string? scope)
    {
        if (await scopes.FindAsync(scope ?? "", HttpContext.RequestAborted) is not var (found, source))
        {
            return await PageAsync(t["Choose a group of certificates to reissue."]);
        }
        Confirming = (found, await source.CountAsync(found.Key, HttpContext.RequestAborted));
        return await PageAsync();
    }

    public async Task<IActionResult> OnPostStartAsync(string? scope)
    {
        if (await reissues.StartAsync(scope ?? "", HttpContext.RequestAborted) is not var (reissue, started))
        {
            return await PageAsync(t["Choose a group of certificates to reissue."]);
        }
        TempData["Message"] = started
            ? t["The reissue of {0} has started.", reissue.ScopeTitle].Value
            : t["{0} is being reissued already; here is how far it has got.", reissue.ScopeTitle].Value;
        return Redirect($"/admin/certificates/reissue/{reissue.Id}");
    }

    /// <summary>The page with the scopes and the recent reissues; a refusal (a forged or vanished scope) is shown as a 400.</summary>
    private async Task<IActionResult> PageAsync(string? refusal = null)
    {
        Scopes = await scopes.ListAsync(HttpContext.RequestAborted);
        Recent = await reissues.RecentAsync(20, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            Message = refusal;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
