using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Surveys;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>A government focal point answers a sent survey in their language: drafts as often as they like, one submission.</summary>
public sealed class SurveyModel(LearningDbContext db, SurveyEditing editing, SurveyAnswers answers) : PledgerPage(db)
{
    public Survey Survey { get; private set; } = null!;

    public SurveyResponse? Answered { get; private set; }

    [BindProperty]
    public Dictionary<string, List<string>> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostDraftAsync(long id) => SaveAsync(id, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(long id) => SaveAsync(id, submit: true);

    private async Task<IActionResult> SaveAsync(long id, bool submit)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var errors = await answers.SaveAsync(Survey, Pledge!.Id, Culture, Answers, submit, Aborted);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        return Done(submit ? "submitted" : "saved", CleanSeasAddresses.Survey(Culture, id));
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await LoadPledgeAsync() is not { Kind: PledgeKind.Government, Verification: Verification.Verified } pledge
            || await editing.FindAsync(id, Aborted) is not { Status: SurveyStatus.Sent } survey)
        {
            return false;
        }
        Survey = survey;
        Answered = await db.Set<SurveyResponse>().AsNoTracking().FirstOrDefaultAsync(r => r.SurveyId == id && r.PledgeId == pledge.Id, Aborted);
        return true;
    }

    public List<string> Given(SurveyQuestion question) => Answered?.Answers.GetValueOrDefault(question.Id.ToString()) ?? [];

    private readonly LearningDbContext db = db;
}
