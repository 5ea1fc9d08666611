using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Learning.Core.Pages;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>A page of the signed-in pledger: it sees and edits only the pledge they applied for.</summary>
public abstract class PledgerPage(LearningDbContext db) : SitePage
{
    public Pledge? Pledge { get; private set; }

    protected async Task<Pledge?> LoadPledgeAsync()
    {
        Pledge = UserId is { } id
            ? await db.Set<Pledge>().Include(p => p.Commitments).FirstOrDefaultAsync(p => p.UserId == id && p.Verification != Verification.Rejected, Aborted)
            : null;
        return Pledge;
    }
}
