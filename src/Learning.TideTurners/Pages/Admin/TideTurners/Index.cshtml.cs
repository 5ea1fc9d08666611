using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Pages.TideTurners;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Pages.Admin.TideTurners;

/// <summary>Appointing leaders and coordinators, and revoking a badge with its reason.</summary>
[Authorize(Policy = TideTurnersPermissions.ManageTideTurnersName)]
public sealed class IndexModel(Appointments appointments, RevocationList revocations, ChallengeContent content) : ChallengePage
{
    public List<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await content.OrganisationsAsync(Aborted);

    public async Task<IActionResult> OnPostAppointAsync(string? email, AppointmentRole role, string? organisation, string? country)
    {
        var problem = await appointments.AppointAsync(email ?? "", role, organisation ?? "", country ?? "", Aborted);
        if (problem is not null)
        {
            Errors.Add(problem);
        }
        else
        {
            Notice = Msgid("Appointed.");
        }
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? badge, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Errors.Add(Msgid("Give the reason for the revocation."));
        }
        else if (!Guid.TryParse(badge, out var id) || !await revocations.RevokeAsync(id, reason, Actor, Aborted))
        {
            return NotFound();
        }
        else
        {
            Notice = Msgid("The badge is revoked.");
        }
        await OnGetAsync();
        return Page();
    }
}
