using Learning.Certificates.Reissuing;
using Learning.Core.Cultures;
using Learning.Core.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>
/// Reissuing a scope's certificates: choose the scope, confirm with the number concerned, start the
/// background job. A scope already being reissued is not started twice.
/// </summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class ReissueModel(ReissueScopes scopes, Reissues reissues, PoStringLocalizer t) : SitePage
{
    public IReadOnlyList<CertificateScope> Scopes { get; private set; } = [];

    public List<CertificateReissue> Recent { get; private set; } = [];

    /// <summary>The scope chosen and how many certificates it holds, while the page asks to confirm.</summary>
    public (CertificateScope Scope, int Count)? Confirming { get; private set; }

    public Task<IActionResult> OnGetAsync() => PageAsync();

    public async Task<IActionResult> OnPostConfirmAsync(string? scope)
    {
        if (await scopes.FindAsync(scope ?? "", Aborted) is not var (found, source))
        {
            return await PageAsync(t["Choose a group of certificates to reissue."]);
        }
        Confirming = (found, await source.CountAsync(found.Key, Aborted));
        return await PageAsync();
    }

    public async Task<IActionResult> OnPostStartAsync(string? scope)
    {
        if (await reissues.StartAsync(scope ?? "", Aborted) is not var (reissue, started))
        {
            return await PageAsync(t["Choose a group of certificates to reissue."]);
        }
        var message = started
            ? t["The reissue of {0} has started.", reissue.ScopeTitle]
            : t["{0} is being reissued already; here is how far it has got.", reissue.ScopeTitle];
        return Done(message, CertificateAddresses.ReissueProgress(reissue.Id));
    }

    /// <summary>The page with the scopes and the recent reissues; a refusal (a forged or vanished scope) is shown as a 400.</summary>
    private async Task<IActionResult> PageAsync(string? refusal = null)
    {
        Scopes = await scopes.ListAsync(Aborted);
        Recent = await reissues.RecentAsync(20, Aborted);
        return refusal is null ? Page() : Invalid(refusal);
    }
}
