using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>The focal point's own pledge: its commitments, a new one, and submitting the drafts for review.</summary>
public sealed class MyPledgeModel(LearningDbContext db, CommitmentWorkflow workflow) : PledgerPage(db)
{
    [BindProperty]
    public CommitmentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await LoadPledgeAsync() is null ? Redirect(CleanSeasAddresses.Apply(Culture)) : Page();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await LoadPledgeAsync() is not { } pledge)
        {
            return NotFound();
        }
        var errors = await workflow.SaveAsync(pledge, null, Input, Aborted);
        return errors.Count > 0 ? Invalid(errors) : Redirect(CleanSeasAddresses.MyPledge(Culture));
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        if (await LoadPledgeAsync() is not { } pledge)
        {
            return NotFound();
        }
        return await workflow.SubmitAsync(pledge, Aborted) is { } error ? Invalid(error) : Redirect(CleanSeasAddresses.MyPledge(Culture));
    }
}
