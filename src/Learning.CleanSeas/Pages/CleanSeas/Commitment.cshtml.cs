using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Progress;
using Learning.Core.Caching;
using Learning.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>A public commitment with its progress history; anything not yet published is a 404.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class CommitmentModel(LearningDbContext db) : PageModel
{
    public Commitment Commitment { get; private set; } = null!;

    public Pledge Pledge { get; private set; } = null!;

    public List<CommitmentReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var statuses = Registry.RegistryFilter.PublicStatuses.ToList();
        var commitment = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && statuses.Contains(c.Status), HttpContext.RequestAborted);
        var pledge = commitment is null ? null
            : await db.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == commitment.PledgeId && p.Verification == Verification.Verified, HttpContext.RequestAborted);
        if (commitment is null || pledge is null)
        {
            return NotFound();
        }
        (Commitment, Pledge) = (commitment, pledge);
        Reports = await db.Set<CommitmentReport>().AsNoTracking().Where(r => r.CommitmentId == id).OrderByDescending(r => r.Year).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
