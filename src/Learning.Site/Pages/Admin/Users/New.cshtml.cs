using System.Globalization;
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
public sealed class NewModel(LearningDbContext db, UserManager<LearningUser> users, AuditLog audit, TimeProvider clock, PoStringLocalizer t)
    : PageModel
{
    private readonly RoleChecks checks = new(db, t);

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public List<string> AllRoles { get; private set; } = [];

    public async Task OnGetAsync() => AllRoles = await checks.AllRolesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        AllRoles = await checks.AllRolesAsync();
        await checks.CheckAsync(User, [], Input.Roles, isSelf: false, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var account = new LearningUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = Input.DisplayName.Trim(),
            PreferredCulture = CultureInfo.CurrentUICulture.Name, CreatedUtc = clock.GetUtcNow(),
        };
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await IdentityRefused.Check(users.CreateAsync(account, Input.Password));
                await IdentityRefused.Check(users.AddToRolesAsync(account, Input.Roles.Distinct()));
                audit.Record("user.created", email, $"roles: {string.Join(", ", Input.Roles.Distinct().Order())}");
            });
        }
        catch (IdentityRefused refused)
        {
            IdentityErrors.AddTo(ModelState, refused.Result);
            return Page();
        }
        TempData["Message"] = t["The user {0} was created.", email].Value;
        return Redirect(SiteAddresses.User(account.Id));
    }
}
