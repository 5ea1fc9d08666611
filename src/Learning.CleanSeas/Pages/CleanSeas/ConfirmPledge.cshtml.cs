using Learning.CleanSeas.Individuals;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>
/// The link in the pledge's e-mail. Opening it shows the pledge and a button: mail filters that open
/// links to check them must not confirm a pledge nobody made.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.Policy)]
public sealed class ConfirmPledgeModel(IndividualPledges pledges) : PageModel
{
    public IndividualPledge? Pledge { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? token)
    {
        Pledge = await pledges.FindAsync(token, HttpContext.RequestAborted);
        Token = token ?? "";
        Response.StatusCode = Pledge is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        if (!await pledges.ConfirmAsync(token, HttpContext.RequestAborted))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return Redirect(CleanSeasAddresses.PledgeConfirmation(culture, token!));
    }
}
