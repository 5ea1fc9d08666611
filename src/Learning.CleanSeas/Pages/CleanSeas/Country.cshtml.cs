using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Registry;
using Learning.Core.Caching;
using Learning.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>A country: its government's pledge and the organisations there, with their public commitments.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class CountryModel(LearningDbContext db) : PageModel
{
    public string Code { get; private set; } = "";

    public List<Pledge> Pledges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Code = code.ToUpperInvariant();
        var statuses = RegistryFilter.PublicStatuses.ToList();
        Pledges = await db.Set<Pledge>().AsNoTracking().Include(p => p.Commitments.Where(c => statuses.Contains(c.Status)))
            .Where(p => p.CountryCode == Code && p.Verification == Verification.Verified && p.Commitments.Any(c => statuses.Contains(c.Status)))
            .OrderBy(p => p.Kind).ThenBy(p => p.OrganisationName).ToListAsync(HttpContext.RequestAborted);
        return Pledges.Count == 0 ? NotFound() : Page();
    }
}
