using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>A survey's summary and chart, for the trainee who sent it and the trainers of the cohort.</summary>
public sealed class SurveyModel(LearningDbContext db, CohortAccess access) : TrainingPage
{
    public SurveyAssignment Assignment { get; private set; } = null!;

    public Cohort Cohort { get; private set; } = null!;

    public SurveySummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var assignment = await db.Set<SurveyAssignment>().AsNoTracking().Include(a => a.Rows).FirstOrDefaultAsync(a => a.Id == id, Ct);
        if (assignment is null)
        {
            return NotFound();
        }
        var cohort = assignment.UserId == UserId
            ? await db.Set<Cohort>().AsNoTracking().FirstAsync(c => c.Id == assignment.CohortId, Ct)
            : await access.FindManagedAsync(User, assignment.CohortId, Ct);
        if (cohort is null)
        {
            return NotFound();
        }
        (Assignment, Cohort, Summary) = (assignment, cohort, SurveySummary.Of(assignment.Rows));
        return Page();
    }
}
