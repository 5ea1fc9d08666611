using System.Security.Claims;
using Learning.Core.Data;
using Learning.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Cohorts;

/// <summary>Who may manage which cohort: its own trainers, and administrators every one.</summary>
public sealed class CohortAccess(LearningDbContext db, PermissionGrants grants)
{
    public bool IsAdministrator(ClaimsPrincipal user) => grants.Allows(user, TrainingPermissions.ManageTrainingName);

    public IQueryable<Cohort> Managed(ClaimsPrincipal user)
    {
        if (IsAdministrator(user))
        {
            return db.Set<Cohort>();
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return db.Set<Cohort>().Where(c => db.Set<CohortTrainer>().Any(t => t.CohortId == c.Id && t.UserId == userId));
    }

    /// <summary>The cohort when the user may manage it; null (a 404 for the caller) when not, so foreign ids reveal nothing.</summary>
    public Task<Cohort?> FindManagedAsync(ClaimsPrincipal user, string cohortId, CancellationToken ct) =>
        Managed(user).FirstOrDefaultAsync(c => c.Id == cohortId, ct);

    /// <summary>The accepted participants of a cohort, with the name and address to write to.</summary>
    public Task<List<Participant>> ParticipantsAsync(string cohortId, CancellationToken ct) =>
        (from a in db.Set<Application>()
         join u in db.Users on a.UserId equals u.Id
         where a.CohortId == cohortId && a.State == ApplicationState.Accepted
         orderby u.DisplayName
         select new Participant(u.Id, u.DisplayName, u.Email ?? "", a.Culture)).ToListAsync(ct);
}

public sealed record Participant(string UserId, string Name, string Email, string Culture);
