using Learning.Core;
using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.Admin.CleanSeas;

/// <summary>A commitment under review: its text, its history, and the moderator's next step with a comment.</summary>
public sealed class CommitmentModel(LearningDbContext db, CommitmentWorkflow workflow) : ModeratorPage
{
    public Commitment Commitment { get; private set; } = null!;

    public List<CommitmentStep> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, string? step, string? comment)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!EnumNames.TryParse<ReviewAction>(step, out var action))
        {
            return Invalid("Choose a step.");
        }
        var error = await workflow.ReviewAsync(Commitment, action, comment, Aborted);
        return error is null ? Redirect(CleanSeasAddresses.AdminCommitment(id)) : Invalid(error);
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id) is not { } commitment)
        {
            return false;
        }
        Commitment = commitment;
        History = await db.Set<CommitmentStep>().AsNoTracking().Where(s => s.CommitmentId == id).OrderBy(s => s.Id).ToListAsync();
        return true;
    }
}
