using Learning.Certificates.Codes;
using Learning.Certificates.Issuing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Certificates.Pages;

/// <summary>
/// Anyone holding a certificate's code can check it here: who holds it, for what, since when, and
/// whether it still stands. A code that is malformed or unknown gets a clear 404 page.
/// </summary>
[AllowAnonymous]
public sealed class VerifyModel(ICertificateIssuer issuer, IEnumerable<PrivateHolderProgramme> privateHolders) : PageModel
{
    public string Code { get; private set; } = "";

    public Certificate? Certificate { get; private set; }

    public bool HolderWithheld => Certificate is not null && privateHolders.Any(p => p.Programme == Certificate.Programme);

    public async Task<IActionResult> OnGetAsync(string code, string? culture)
    {
        Code = code.Length > 40 ? code[..40] : code;
        if (VerificationCode.TryParse(code, out var canonical) && canonical != code && culture is not null)
        {
            // A code typed in lower case or without hyphens: show it at its one true address.
            return Redirect(CertificateAddresses.Verification(culture, canonical));
        }
        Certificate = canonical is null ? null : await issuer.FindAsync(canonical, HttpContext.RequestAborted);
        if (Certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
