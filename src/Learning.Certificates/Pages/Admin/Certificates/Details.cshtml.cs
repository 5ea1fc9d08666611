using Learning.Certificates.Issuing;
using Learning.Core.Pages;
using Learning.Core;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>
/// One certificate as it stands, with its PDF, and the two steps of revoking it: the reason, then
/// the confirmation. Revoking marks it; nothing is deleted.
/// </summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class DetailsModel(ICertificateIssuer issuer, AuditLog audit, PublicAddress address, PoStringLocalizer t) : SitePage
{
    public const int ReasonLength = 1000;

    public Certificate Certificate { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The reason is given; the page asks to confirm.</summary>
    public bool Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        var pdf = await issuer.RenderPdfAsync(Certificate, address.BaseUrl, Aborted);
        return File(pdf, "application/pdf", $"certificate-{Certificate.Code}.pdf");
    }

    public async Task<IActionResult> OnPostConfirmAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        Confirming = !Certificate.IsRevoked && HasReason();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        if (Certificate.IsRevoked || !HasReason())
        {
            return Page();
        }
        await issuer.RevokeAsync(Certificate.Code, Reason!, audit.CurrentActor, Aborted);
        return Done(t["The certificate {0} was revoked. It stays on record and its verification page says so.", Certificate.Code], CertificateAddresses.Details(Certificate.Code));
    }

    private bool HasReason()
    {
        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Reason))
        {
            ModelState.AddModelError(nameof(Reason), t["Give the reason for revoking this certificate: its verification page shows it."]);
        }
        else if (Reason.Length > ReasonLength)
        {
            ModelState.AddModelError(nameof(Reason), t["Use at most {0} characters.", ReasonLength]);
        }
        return ModelState.IsValid;
    }

    private async Task<bool> LoadAsync(string code)
    {
        Certificate = (await issuer.FindAsync(code, Aborted))!;
        return Certificate is not null;
    }
}
