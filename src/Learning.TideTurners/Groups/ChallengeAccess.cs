using System.Security.Claims;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Groups;

/// <summary>
/// Who may act on what: a leader only on the groups they lead, a coordinator only within the
/// organisation and country of one of their appointments. Everything else is a 403.
/// </summary>
public sealed class ChallengeAccess(LearningDbContext db, PermissionGrants grants)
{
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsAdministrator(ClaimsPrincipal user) => grants.Allows(user, TideTurnersPermissions.ManageTideTurnersName);

    public Task<List<Appointment>> AppointmentsAsync(ClaimsPrincipal user, AppointmentRole role, CancellationToken ct) =>
        db.Set<Appointment>().AsNoTracking().Where(a => a.UserId == (UserId(user) ?? "") && a.Role == role).ToListAsync(ct);

    /// <summary>
    /// The groups the user coordinates, for the database to filter by: those whose organisation and country
    /// match one of their coordinator appointments (the rule of <see cref="Appointment.Covers"/>), every group
    /// for an administrator.
    /// </summary>
    public IQueryable<Group> CoordinatedGroups(ClaimsPrincipal user)
    {
        var groups = db.Set<Group>().AsNoTracking();
        if (IsAdministrator(user))
        {
            return groups;
        }
        var userId = UserId(user) ?? "";
        return groups.Where(g => db.Set<Appointment>().Any(a => a.UserId == userId && a.Role == AppointmentRole.Coordinator
            && a.OrganisationId == g.OrganisationId && a.Country == g.Country));
    }

    /// <summary>The group, when the user leads it; null when it does not exist or is someone else's.</summary>
    public async Task<Group?> LedGroupAsync(ClaimsPrincipal user, long groupId, CancellationToken ct)
    {
        var userId = UserId(user) ?? "";
        return await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId && g.Leaders.Any(l => l.UserId == userId), ct);
    }

    public async Task<bool> CoordinatesAsync(ClaimsPrincipal user, string organisationId, string country, CancellationToken ct) =>
        IsAdministrator(user) || (await AppointmentsAsync(user, AppointmentRole.Coordinator, ct)).Any(a => a.Covers(organisationId, country));

    /// <summary>Whether the user coordinates the youth's group, or leads it when <paramref name="leaderToo"/>.</summary>
    public async Task<bool> MayActOnAsync(ClaimsPrincipal user, Youth youth, bool leaderToo, CancellationToken ct)
    {
        if (leaderToo && await LedGroupAsync(user, youth.GroupId, ct) is not null)
        {
            return true;
        }
        var group = await db.Set<Group>().AsNoTracking().FirstAsync(g => g.Id == youth.GroupId, ct);
        return await CoordinatesAsync(user, group.OrganisationId, group.Country, ct);
    }
}
