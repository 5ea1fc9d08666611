using Learning.CleanSeas.Registry;
using Learning.Core.Admin;
using Learning.Core.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>The public list of signatories, filtered like the JSON API and paged.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class PledgesModel(RegistryQuery registry) : PageModel
{
    public PageOf<Signatory> Results { get; private set; } = new([], 1, 1, 0);

    public List<Region> Regions { get; private set; } = [];

    public List<string> Errors { get; private set; } = [];

    public string Query => Request.QueryString.Value ?? "";

    public async Task<IActionResult> OnGetAsync(string? kind, string? region, string? sdg, string? category, string? status, string? p)
    {
        Regions = await registry.RegionsAsync(HttpContext.RequestAborted);
        var (filter, errors) = RegistryFilter.Parse(kind, region, sdg, category, status, p);
        var found = errors.Count == 0 ? await registry.FindAsync(filter, HttpContext.RequestAborted) : null;
        if (found is null)
        {
            Errors = errors.Count > 0 ? errors : [$"unknown region '{region}'"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Results = found;
        return Page();
    }
}
