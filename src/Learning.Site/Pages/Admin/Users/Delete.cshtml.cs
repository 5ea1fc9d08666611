using System.ComponentModel.DataAnnotations;
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
public sealed class DeleteModel(LearningDbContext db, UserManager<LearningUser> users, AuditLog audit, PoStringLocalizer t) : PageModel
{
    private readonly RoleChecks checks = new(db, t);

    [BindProperty]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm.")]
    [Display(Name = "I understand that this cannot be undone.")]
    public bool Understood { get; set; }

    public LearningUser Account { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Refusal is not null || !ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await IdentityRefused.Check(users.DeleteAsync(Account));
                audit.Record("user.deleted", Account.Email ?? Account.Id, Account.DisplayName);
            });
        }
        catch (IdentityRefused refused)
        {
            IdentityErrors.AddTo(ModelState, refused.Result);
            return Page();
        }
        TempData["Message"] = t["The user {0} was deleted.", Account.Email ?? ""].Value;
        return Redirect(SiteAddresses.Users);
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        var isAdmin = await users.IsInRoleAsync(account, RoleNames.Administrator);
        Refusal = checks.RefuseChange(User, isAdmin, users.GetUserId(User) == account.Id);
        return true;
    }
}
