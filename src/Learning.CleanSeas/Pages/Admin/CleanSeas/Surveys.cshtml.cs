using Learning.CleanSeas.Surveys;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.Admin.CleanSeas;

public sealed class SurveysModel(LearningDbContext db, SurveyEditing editing) : ModeratorPage
{
    public List<Survey> Surveys { get; private set; } = [];

    [BindProperty]
    public Dictionary<string, string> Titles { get; set; } = [];

    public async Task OnGetAsync() => Surveys = await db.Set<Survey>().AsNoTracking().OrderByDescending(s => s.Id).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (survey, error) = await editing.CreateAsync(Titles, Aborted);
        if (survey is null)
        {
            await OnGetAsync();
            return Invalid(error!);
        }
        return Redirect(CleanSeasAddresses.AdminSurvey(survey.Id));
    }
}
