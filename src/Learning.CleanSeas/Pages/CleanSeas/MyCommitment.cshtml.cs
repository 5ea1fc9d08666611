using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Progress;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>One of the focal point's commitments: edit while a draft, revise once published, report progress yearly.</summary>
public sealed class MyCommitmentModel(LearningDbContext db, CommitmentWorkflow workflow, ProgressReporting progress) : PledgerPage(db)
{
    [BindProperty]
    public CommitmentInput Input { get; set; } = new();

    [BindProperty]
    public ProgressInput Report { get; set; } = new();

    public Commitment Commitment { get; private set; } = null!;

    public List<CommitmentStep> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = CommitmentInput.From(Commitment);
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(long id) =>
        ActAsync(id, async () => await workflow.SaveAsync(Pledge!, Commitment, Input, Aborted));

    public Task<IActionResult> OnPostReviseAsync(long id) =>
        ActAsync(id, async () => await workflow.ReviseAsync(Commitment, Aborted) is { } e ? [e] : []);

    public Task<IActionResult> OnPostReportAsync(long id) =>
        ActAsync(id, async () => await progress.ReportAsync(Commitment, Report, Aborted));

    private async Task<IActionResult> ActAsync(long id, Func<Task<List<string>>> act)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var errors = await act();
        return errors.Count > 0 ? Invalid(errors) : Redirect(CleanSeasAddresses.MyCommitment(Culture, id));
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await LoadPledgeAsync() is not { } pledge || pledge.Commitments.FirstOrDefault(c => c.Id == id) is not { } commitment)
        {
            return false;
        }
        Commitment = commitment;
        History = await db.Set<CommitmentStep>().AsNoTracking().Where(s => s.CommitmentId == id).OrderBy(s => s.Id).ToListAsync(Aborted);
        return true;
    }

    private readonly LearningDbContext db = db;
}
