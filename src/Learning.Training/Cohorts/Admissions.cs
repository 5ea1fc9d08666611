using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Modules;
using Learning.Training.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Cohorts;

public enum ApplyOutcome
{
    Applied,
    AlreadyApplied,
    Closed,
    MotivationMissing,
}

public enum DecisionOutcome
{
    Done,
    NotFound,
    Full,
    PrerequisiteMissing,
}

/// <summary>
/// Applications to a cohort and the trainer's decisions on them. Each decision e-mails the applicant
/// once in their language; an acceptance carries the calendar of the cohort's sessions.
/// </summary>
public sealed class Admissions(LearningDbContext db, ParticipantMail mail, OutboxSchedule delivery, AuditLog audit, TimeProvider clock,
    IEnumerable<ICourseCompletions> completions)
{
    public const int MotivationLength = 4000;

    public async Task<ApplyOutcome> ApplyAsync(Cohort cohort, string userId, string culture, string? motivation, CancellationToken ct)
    {
        if (!cohort.TakesApplications(clock.GetUtcNow().UtcDateTime))
        {
            return ApplyOutcome.Closed;
        }
        if (string.IsNullOrWhiteSpace(motivation) || motivation.Length > MotivationLength)
        {
            return ApplyOutcome.MotivationMissing;
        }
        if (await db.Set<Application>().AnyAsync(a => a.CohortId == cohort.Id && a.UserId == userId, ct))
        {
            return ApplyOutcome.AlreadyApplied;
        }
        db.Add(new Application
        {
            CohortId = cohort.Id, UserId = userId, Culture = culture, Motivation = motivation.Trim(),
            State = ApplicationState.Applied, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            PrerequisiteMet = await MeetsPrerequisiteAsync(cohort, userId, ct),
        });
        audit.Record("training.applied", cohort.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique key kept the first.
            db.ChangeTracker.Clear();
            return ApplyOutcome.AlreadyApplied;
        }
        return ApplyOutcome.Applied;
    }

    /// <summary>
    /// Records a decision. Accepting someone without the prerequisite takes an administrator, whose
    /// acceptance is the override and is audited as such.
    /// </summary>
    public async Task<DecisionOutcome> DecideAsync(Cohort cohort, long applicationId, ApplicationState decision, bool asAdministrator, CancellationToken ct)
    {
        var application = await db.Set<Application>().FirstOrDefaultAsync(a => a.Id == applicationId && a.CohortId == cohort.Id, ct);
        if (application is null || decision == ApplicationState.Applied)
        {
            return DecisionOutcome.NotFound;
        }
        if (decision == ApplicationState.Accepted && !application.PrerequisiteMet)
        {
            if (!asAdministrator)
            {
                return DecisionOutcome.PrerequisiteMissing;
            }
            audit.Record("training.prerequisite-overridden", cohort.Id, application.Id.ToString());
        }
        if (decision == ApplicationState.Accepted && application.State != ApplicationState.Accepted && await IsFullAsync(cohort, ct))
        {
            return DecisionOutcome.Full;
        }
        (application.State, application.DecidedUtc) = (decision, clock.GetUtcNow().UtcDateTime);
        audit.Record($"training.{decision.ToString().ToLowerInvariant()}", cohort.Id, application.Id.ToString());
        await QueueDecisionMailAsync(cohort, application, ct);
        await db.SaveChangesAsync(ct);
        delivery.RequestDelivery();
        return DecisionOutcome.Done;
    }

    private async Task<bool> MeetsPrerequisiteAsync(Cohort cohort, string userId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(cohort.PrerequisiteCourse))
        {
            return true;
        }
        foreach (var source in completions)
        {
            if (await source.HasCompletedAsync(userId, cohort.PrerequisiteCourse, ct))
            {
                return true;
            }
        }
        return false;
    }

    private async Task<bool> IsFullAsync(Cohort cohort, CancellationToken ct) =>
        cohort.Seats > 0 && await db.Set<Application>().CountAsync(a => a.CohortId == cohort.Id && a.State == ApplicationState.Accepted, ct) >= cohort.Seats;

    private async Task QueueDecisionMailAsync(Cohort cohort, Application application, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == application.UserId, ct);
        var to = new Participant(user.Id, user.DisplayName, user.Email ?? "", application.Culture);
        var template = $"training-{application.State.ToString().ToLowerInvariant()}";
        CalendarPart? calendar = null;
        if (application.State == ApplicationState.Accepted)
        {
            var sessions = await db.Set<LiveSession>().AsNoTracking().Where(s => s.CohortId == cohort.Id && !s.Cancelled).OrderBy(s => s.StartsUtc).ToListAsync(ct);
            calendar = sessions.Count > 0 ? new CalendarPart(sessions, CalendarFile.Request) : null;
        }
        await mail.QueueAsync(template, cohort, to, $"training-decision:{application.Id}:{application.State}", calendar, ct: ct);
    }
}
