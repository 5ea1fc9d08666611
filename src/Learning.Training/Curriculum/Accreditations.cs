using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Curriculum;

/// <summary>
/// The trainee's way to accreditation: every module finished and the survey accepted by the trainer.
/// The moment both hold, they become an accredited trainer and their certificate is issued.
/// </summary>
public sealed class Accreditations(LearningDbContext db, CohortAccess access, TrainingCertificates certificates, AuditLog audit, TimeProvider clock)
{
    public async Task<bool> CompleteModuleAsync(Cohort cohort, string userId, string moduleId, CancellationToken ct)
    {
        if (!await IsTraineeAsync(cohort, userId, ct) || !await db.Set<CurriculumUnit>().AnyAsync(m => m.Id == moduleId, ct))
        {
            return false;
        }
        if (!await db.Set<ModuleCompletion>().AnyAsync(m => m.CohortId == cohort.Id && m.UserId == userId && m.ModuleId == moduleId, ct))
        {
            db.Add(new ModuleCompletion { CohortId = cohort.Id, UserId = userId, ModuleId = moduleId, CompletedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        await AccreditIfDueAsync(cohort, userId, ct);
        return true;
    }

    public async Task<bool> ReviewAsync(Cohort cohort, long assignmentId, bool accept, string? feedback, CancellationToken ct)
    {
        var assignment = await db.Set<SurveyAssignment>().FirstOrDefaultAsync(a => a.Id == assignmentId && a.CohortId == cohort.Id, ct);
        if (assignment is null)
        {
            return false;
        }
        assignment.State = accept ? AssignmentState.Accepted : AssignmentState.Returned;
        assignment.Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim()[..Math.Min(feedback.Trim().Length, 4000)];
        assignment.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(accept ? "training.survey-accepted" : "training.survey-returned", cohort.Id, assignment.Id.ToString());
        await db.SaveChangesAsync(ct);
        await AccreditIfDueAsync(cohort, assignment.UserId, ct);
        return true;
    }

    public Task<bool> IsAccreditedAsync(string userId, CancellationToken ct) => db.Set<Accreditation>().AnyAsync(a => a.UserId == userId, ct);

    private Task<bool> IsTraineeAsync(Cohort cohort, string userId, CancellationToken ct) =>
        db.Set<Application>().AnyAsync(a => a.CohortId == cohort.Id && a.UserId == userId && a.State == ApplicationState.Accepted, ct);

    private async Task AccreditIfDueAsync(Cohort cohort, string userId, CancellationToken ct)
    {
        if (cohort.Kind != CohortKind.TrainTheTrainer || await IsAccreditedAsync(userId, ct))
        {
            return;
        }
        var modules = await db.Set<CurriculumUnit>().CountAsync(ct);
        var done = await db.Set<ModuleCompletion>().CountAsync(m => m.CohortId == cohort.Id && m.UserId == userId, ct);
        var accepted = await db.Set<SurveyAssignment>().AnyAsync(a => a.CohortId == cohort.Id && a.UserId == userId && a.State == AssignmentState.Accepted, ct);
        if (modules == 0 || done < modules || !accepted)
        {
            return;
        }
        db.Add(new Accreditation { UserId = userId, CohortId = cohort.Id, AccreditedUtc = clock.GetUtcNow().UtcDateTime });
        audit.Record("training.accredited", cohort.Id, userId);
        await db.SaveChangesAsync(ct);
        var trainee = (await access.ParticipantsAsync(cohort.Id, ct)).First(p => p.UserId == userId);
        await certificates.AccreditationAsync(cohort, trainee, ct);
    }
}
