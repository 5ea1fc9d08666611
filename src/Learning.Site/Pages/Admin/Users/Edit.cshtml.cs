using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Site.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Site.Pages.Admin.Users;

[Authorize(Policy = SitePermissions.ManageUsersName)]
public sealed class EditModel(LearningDbContext db, UserManager<LearningUser> users, AuditLog audit, TimeProvider clock, PoStringLocalizer t)
    : PageModel
{
    private readonly RoleChecks checks = new(db, t);

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public LearningUser Account { get; private set; } = null!;

    public IList<string> CurrentRoles { get; private set; } = [];

    public List<string> AllRoles { get; private set; } = [];

    public bool IsSelf { get; private set; }

    public bool IsLocked => Account.LockoutEnd is { } end && end > clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new AccountInput { DisplayName = Account.DisplayName, Roles = [.. CurrentRoles] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await checks.CheckAsync(User, CurrentRoles, Input.Roles, IsSelf, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await ChangeAsync(async () =>
        {
            Account.DisplayName = Input.DisplayName.Trim();
            await IdentityRefused.Check(users.UpdateAsync(Account));
            await IdentityRefused.Check(users.RemoveFromRolesAsync(Account, CurrentRoles.Except(Input.Roles)));
            await IdentityRefused.Check(users.AddToRolesAsync(Account, Input.Roles.Except(CurrentRoles).Distinct()));
            audit.Record("user.updated", Account.Email ?? Account.Id, $"name: {Account.DisplayName}; roles: {string.Join(", ", Input.Roles.Order())}");
        });
    }

    public Task<IActionResult> OnPostLockAsync(string id) => GuardedAsync(id, async () =>
    {
        await IdentityRefused.Check(users.SetLockoutEnabledAsync(Account, true));
        await IdentityRefused.Check(users.SetLockoutEndDateAsync(Account, DateTimeOffset.MaxValue));
        // A new security stamp ends the sessions the user already has.
        await IdentityRefused.Check(users.UpdateSecurityStampAsync(Account));
        audit.Record("user.locked", Account.Email ?? Account.Id);
    });

    public Task<IActionResult> OnPostUnlockAsync(string id) => GuardedAsync(id, async () =>
    {
        await IdentityRefused.Check(users.SetLockoutEndDateAsync(Account, null));
        await IdentityRefused.Check(users.ResetAccessFailedCountAsync(Account));
        audit.Record("user.unlocked", Account.Email ?? Account.Id);
    });

    public Task<IActionResult> OnPostConfirmAsync(string id) => GuardedAsync(id, async () =>
    {
        Account.EmailConfirmed = true;
        await IdentityRefused.Check(users.UpdateAsync(Account));
        audit.Record("user.email-confirmed", Account.Email ?? Account.Id);
    });

    private async Task<IActionResult> GuardedAsync(string id, Func<Task> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (checks.RefuseChange(User, CurrentRoles.Contains(RoleNames.Administrator), IsSelf) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            Input = new AccountInput { DisplayName = Account.DisplayName, Roles = [.. CurrentRoles] };
            return Page();
        }
        return await ChangeAsync(change);
    }

    private async Task<IActionResult> ChangeAsync(Func<Task> change)
    {
        try
        {
            await db.InTransactionAsync(change);
        }
        catch (IdentityRefused refused)
        {
            IdentityErrors.AddTo(ModelState, refused.Result);
            return Page();
        }
        TempData["Message"] = t["The changes were saved."].Value;
        return RedirectToPage(new { id = Account.Id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        CurrentRoles = await users.GetRolesAsync(account);
        AllRoles = await checks.AllRolesAsync();
        IsSelf = users.GetUserId(User) == account.Id;
        return true;
    }
}
