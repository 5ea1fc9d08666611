using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.TideTurners.Groups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>A leader's groups, and a new group in the organisation and country of their appointment.</summary>
public sealed class GroupsModel(ChallengeAccess access, GroupRoster roster, LearningDbContext db) : SitePage
{
    public List<Appointment> Appointments { get; private set; } = [];

    public List<Group> Mine { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Appointments = await access.AppointmentsAsync(User, AppointmentRole.Leader, Aborted);
        if (Appointments.Count == 0)
        {
            return Forbidden();
        }
        var userId = ChallengeAccess.UserId(User);
        Mine = await db.Set<Group>().AsNoTracking().Where(g => g.Leaders.Any(l => l.UserId == userId)).OrderBy(g => g.Name).ToListAsync(Aborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? name, long appointment)
    {
        var mine = (await access.AppointmentsAsync(User, AppointmentRole.Leader, Aborted)).FirstOrDefault(a => a.Id == appointment);
        if (mine is null)
        {
            return Forbidden();
        }
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            Problems.Add(Msgid("Give the group a name of up to 100 characters."));
            return await OnGetAsync();
        }
        var group = await roster.CreateGroupAsync(ChallengeAccess.UserId(User)!, mine, name, Aborted);
        return Redirect(TideTurnersAddresses.Group(RouteData.Values["culture"] as string ?? "", group.Id));
    }
}
