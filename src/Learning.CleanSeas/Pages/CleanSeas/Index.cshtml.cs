using Learning.CleanSeas.Registry;
using Learning.Core.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>The campaign: counters, the signatory countries, and the regional campaigns.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class IndexModel(RegistryQuery registry) : PageModel
{
    public Counters Counters { get; private set; } = null!;

    public List<Region> Regions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Counters = await registry.CountAsync(HttpContext.RequestAborted);
        Regions = await registry.RegionsAsync(HttpContext.RequestAborted);
    }
}
