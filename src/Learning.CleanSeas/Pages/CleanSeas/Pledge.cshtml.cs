using Learning.CleanSeas.Individuals;
using Learning.Core.Cultures;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>Anyone takes the Clean Seas pledge: a few promises, a country, and an address to confirm it.</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.Policy)]
public sealed class PledgeModel(IndividualPledges pledges) : PageModel
{
    private const int NamesShown = 12;

    [BindProperty]
    public IndividualPledgeInput Input { get; set; } = new();

    public List<string> Errors { get; private set; } = [];

    public bool Sent { get; private set; }

    public int Count { get; private set; }

    public List<IndividualPledge> Named { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> CountryOptions { get; private set; } = [];

    public async Task OnGetAsync(bool sent = false)
    {
        Sent = sent;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var errors = await pledges.TakeAsync(Input, culture, $"{Request.Scheme}://{Request.Host}", HttpContext.RequestAborted);
        if (errors.Count == 0)
        {
            return Redirect($"/{culture}/clean-seas/pledge?sent=true");
        }
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Count = await pledges.CountAsync(HttpContext.RequestAborted);
        Named = await pledges.RecentNamedAsync(NamesShown, HttpContext.RequestAborted);
        CountryOptions = Countries.Named(System.Globalization.CultureInfo.CurrentUICulture.Name);
    }
}
