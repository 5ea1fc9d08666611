using System.ComponentModel.DataAnnotations;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Web.Pages.Account;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<LearningUser> users, AuditLog audit, LearningDbContext db, PoStringLocalizer t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var token = AccountMail.DecodeToken(Code);
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        var result = user is null || token is null ? null : await users.ResetPasswordAsync(user, token, Password);
        if (result is null || result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            ModelState.AddModelError(string.Empty, t["This link is not valid or has expired."]);
            return Page();
        }
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result);
            return Page();
        }
        await users.SetLockoutEndDateAsync(user!, null);
        audit.Record("account.password-reset", user!.Email ?? user.Id, actor: user.Email);
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }
}
