using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.Training.Cohorts;
using Learning.Training.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>A survey's summary and chart, for the trainee who sent it and the trainers of the cohort.</summary>
public sealed class SurveyModel(LearningDbContext db, CohortAccess access) : SitePage
{
    public SurveyAssignment Assignment { get; private set; } = null!;

    public Cohort Cohort { get; private set; } = null!;

    public SurveySummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var assignment = await db.Set<SurveyAssignment>().AsNoTracking().Include(a => a.Rows).FirstOrDefaultAsync(a => a.Id == id, Aborted);
        if (assignment is null)
        {
            return NotFound();
        }
        var cohort = assignment.UserId == UserId
            ? await db.Set<Cohort>().AsNoTracking().FirstAsync(c => c.Id == assignment.CohortId, Aborted)
            : await access.FindManagedAsync(User, assignment.CohortId, Aborted);
        if (cohort is null)
        {
            return NotFound();
        }
        // Categories are shown in the reader's language; the trainee's own wording stays in the stored rows.
        var names = await db.Set<LitterCategory>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.NameIn(Culture), Aborted);
        var summary = SurveySummary.Of(assignment.Rows);
        summary = summary with { Top = summary.Top.Select(c => c with { Name = names.GetValueOrDefault(c.Code, c.Name) }).ToList() };
        (Assignment, Cohort, Summary) = (assignment, cohort, summary);
        return Page();
    }
}
