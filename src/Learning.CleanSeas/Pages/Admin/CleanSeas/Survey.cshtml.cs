using Learning.CleanSeas.Surveys;
using Learning.Core.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Learning.CleanSeas.Pages.Admin.CleanSeas;

/// <summary>A survey: its questions in every language while a draft, sending it, then its results, charts and exports.</summary>
public sealed class SurveyModel(SurveyEditing editing, SurveyResults results) : ModeratorPage
{
    public Survey Survey { get; private set; } = null!;

    public ResultSummary? Results { get; private set; }

    [BindProperty]
    public QuestionInput Question { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostQuestionAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var errors = await editing.AddQuestionAsync(Survey, Question, Aborted);
        return errors.Count > 0 ? Invalid(errors) : Redirect(CleanSeasAddresses.AdminSurvey(id));
    }

    public async Task<IActionResult> OnPostSendAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return await editing.SendAsync(Survey, Aborted) is { } error ? Invalid(error) : Redirect(CleanSeasAddresses.AdminSurvey(id));
    }

    public async Task<IActionResult> OnGetCsvAsync(long id) =>
        await LoadAsync(id) ? File(Csv.Write(await results.TableAsync(Survey, Aborted)), "text/csv; charset=utf-8", $"survey-{id}.csv") : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(long id) =>
        await LoadAsync(id) ? File(await Xlsx.WriteAsync(await results.TableAsync(Survey, Aborted), "Responses", Aborted), Xlsx.MediaType, $"survey-{id}.xlsx") : NotFound();

    private async Task<bool> LoadAsync(long id)
    {
        if (await editing.FindAsync(id, Aborted) is not { } survey)
        {
            return false;
        }
        Survey = survey;
        if (survey.Status == SurveyStatus.Sent)
        {
            Results = await results.SummariseAsync(survey, Culture, Aborted);
        }
        return true;
    }
}
