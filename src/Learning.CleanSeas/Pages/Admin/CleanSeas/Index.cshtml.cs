using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.Admin.CleanSeas;

/// <summary>What waits for a moderator: applications to verify and commitments to review.</summary>
public sealed class IndexModel(LearningDbContext db, Applications applications) : ModeratorPage
{
    public List<Pledge> Applied { get; private set; } = [];

    public List<(Commitment Commitment, Pledge Pledge)> ToReview { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Applied = await db.Set<Pledge>().AsNoTracking().Where(p => p.Verification == Verification.Applied).OrderBy(p => p.AppliedUtc).ToListAsync();
        var waiting = new[] { CommitmentStatus.Submitted, CommitmentStatus.Approved };
        ToReview = (await db.Set<Commitment>().AsNoTracking().Where(c => waiting.Contains(c.Status))
            .Join(db.Set<Pledge>(), c => c.PledgeId, p => p.Id, (c, p) => new { c, p }).OrderBy(x => x.c.Id).ToListAsync())
            .Select(x => (x.c, x.p)).ToList();
    }

    public async Task<IActionResult> OnPostDecideAsync(string pledgeId, bool verify) =>
        await applications.DecideAsync(pledgeId, verify, Aborted) ? Redirect(CleanSeasAddresses.Admin) : NotFound();

    public async Task<IActionResult> OnGetLetterAsync(string pledgeId) =>
        await db.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pledgeId && p.Letter != null) is { } pledge
            ? File(pledge.Letter!, "application/pdf", "letter.pdf")
            : NotFound();
}
