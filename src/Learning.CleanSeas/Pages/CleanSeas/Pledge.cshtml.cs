using Learning.CleanSeas.Individuals;
using Learning.Core.Cultures;
using Learning.Core.Pages;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>Anyone takes the Clean Seas pledge: a few promises, a country, and an address to confirm it.</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.Policy)]
public sealed class PledgeModel(IndividualPledges pledges) : SitePage
{
    private const int NamesShown = 12;

    [BindProperty]
    public IndividualPledgeInput Input { get; set; } = new();

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
        var errors = await pledges.TakeAsync(Input, Culture, $"{Request.Scheme}://{Request.Host}", Aborted);
        if (errors.Count == 0)
        {
            return Redirect(CleanSeasAddresses.Pledge(Culture) + "?sent=true");
        }
        await LoadAsync();
        return Invalid(errors);
    }

    private async Task LoadAsync()
    {
        Count = await pledges.CountAsync(Aborted);
        Named = await pledges.RecentNamedAsync(NamesShown, Aborted);
        CountryOptions = Countries.Named(Culture);
    }
}
