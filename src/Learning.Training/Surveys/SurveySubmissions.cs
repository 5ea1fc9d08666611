using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Surveys;

/// <summary>
/// Takes a trainee's survey file: all rows are checked before anything is written, and a file with
/// any error stores nothing. A new accepted file replaces the rows of a returned assignment.
/// </summary>
public sealed class SurveySubmissions(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t)
{
    public const int MaxBytes = 1024 * 1024;

    public async Task<(SurveyAssignment? Assignment, List<SurveyError> Errors)> SubmitAsync(Cohort cohort, string userId, byte[] file, CancellationToken ct)
    {
        var categories = (await db.Set<LitterCategory>().Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var (rows, errors) = SurveyCsv.Read(file, categories, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), t);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var assignment = await db.Set<SurveyAssignment>().Include(a => a.Rows)
            .FirstOrDefaultAsync(a => a.CohortId == cohort.Id && a.UserId == userId, ct);
        if (assignment?.State == AssignmentState.Accepted)
        {
            return (null, [new SurveyError(0, "", t["Your survey was already accepted."])]);
        }
        assignment ??= db.Add(new SurveyAssignment { CohortId = cohort.Id, UserId = userId }).Entity;
        assignment.Rows.Clear();
        assignment.Rows.AddRange(rows);
        (assignment.State, assignment.SubmittedUtc) = (AssignmentState.Submitted, clock.GetUtcNow().UtcDateTime);
        audit.Record("training.survey-submitted", cohort.Id, $"{rows.Count} rows");
        await db.SaveChangesAsync(ct);
        return (assignment, []);
    }
}
