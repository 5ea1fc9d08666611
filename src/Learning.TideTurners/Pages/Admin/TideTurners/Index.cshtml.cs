using Learning.Core.Pages;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Pages.Admin.TideTurners;

/// <summary>Appointing leaders and coordinators, and revoking a badge with its reason.</summary>
[Authorize(Policy = TideTurnersPermissions.ManageTideTurnersName)]
public sealed class IndexModel(Appointments appointments, RevocationList revocations, ChallengeContent content, SigningKeys keys) : SitePage
{
    public List<Organisation> Organisations { get; private set; } = [];

    /// <summary>The signing keys, the one that signs first.</summary>
    public List<SigningKeyInfo> Keys { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organisations = await content.OrganisationsAsync(Aborted);
        Keys = await keys.ListAsync(Aborted);
    }

    public async Task<IActionResult> OnPostRotateAsync(string? confirm)
    {
        if (confirm?.Trim() != "rotate")
        {
            Problems.Add(Msgid("Type rotate to confirm."));
        }
        else
        {
            await keys.RotateAsync(Actor, Aborted);
            Message = Msgid("New badges are now signed with a new key.");
        }
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAppointAsync(string? email, AppointmentRole role, string? organisation, string? country)
    {
        var problem = await appointments.AppointAsync(email ?? "", role, organisation ?? "", country ?? "", Aborted);
        if (problem is not null)
        {
            Problems.Add(problem);
        }
        else
        {
            Message = Msgid("Appointed.");
        }
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? badge, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Problems.Add(Msgid("Give the reason for the revocation."));
        }
        else if (!Guid.TryParse(badge, out var id) || !await revocations.RevokeAsync(id, reason, Actor, Aborted))
        {
            return NotFound();
        }
        else
        {
            Message = Msgid("The badge is revoked.");
        }
        await OnGetAsync();
        return Page();
    }
}
