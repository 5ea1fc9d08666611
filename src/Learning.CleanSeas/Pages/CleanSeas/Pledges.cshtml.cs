using Learning.CleanSeas.Registry;
using Learning.Core.Admin;
using Learning.Core.Caching;
using Learning.Core.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>The public list of signatories, filtered like the JSON API and paged.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class PledgesModel(RegistryQuery registry) : SitePage
{
    public PageOf<Signatory> Results { get; private set; } = new([], 1, 1, 0);

    public List<Region> Regions { get; private set; } = [];

    public string Query => Request.QueryString.Value ?? "";

    public async Task<IActionResult> OnGetAsync(string? kind, string? region, string? sdg, string? category, string? status, string? p)
    {
        Regions = await registry.RegionsAsync(Aborted);
        var (filter, errors) = RegistryFilter.Parse(kind, region, sdg, category, status, p);
        var found = errors.Count == 0 ? await registry.FindAsync(filter, Aborted) : null;
        if (found is null)
        {
            return Invalid(errors.Count > 0 ? errors : [$"unknown region '{region}'"]);
        }
        Results = found;
        return Page();
    }
}
