using Learning.Core.Cultures;
using Learning.Core.Pages;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training.Teach;

/// <summary>The trainer's dashboard: their own cohorts (administrators: all), and opening a new one.</summary>
public sealed class IndexModel(CohortAccess access, Accreditations accreditations, CohortOpening opening, CultureCatalog cultures, TimeProvider clock,
    PoStringLocalizer t) : SitePage
{
    public List<Cohort> Cohorts { get; private set; } = [];

    public bool MayOpen { get; private set; }

    public bool IsAdministrator => access.IsAdministrator(User);

    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostOpenAsync()
    {
        await LoadAsync();
        if (!MayOpen)
        {
            return Forbid();
        }
        var problems = Input.Problems(t, cultures, clock.GetUtcNow().UtcDateTime, out var until);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }
        var cohort = await opening.OpenAsync(Input, until!.Value, UserId!, IsAdministrator, Aborted);
        return Redirect(TrainingAddresses.TeachCohort(Culture, cohort.Id));
    }

    private async Task LoadAsync()
    {
        Cohorts = await access.Managed(User).AsNoTracking().OrderByDescending(c => c.CreatedUtc).ToListAsync(Aborted);
        MayOpen = IsAdministrator || await accreditations.IsAccreditedAsync(UserId!, Aborted);
        Input.Culture = string.IsNullOrEmpty(Input.Title) ? Culture : Input.Culture;
    }
}
