using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Security;
using Learning.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(PublicForms.Policy)]
public sealed class RegisterModel(
    LearningDbContext db, UserManager<LearningUser> users, AccountMail mail, OutboxSchedule delivery, AuditLog audit, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

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
        var culture = CultureInfo.CurrentUICulture.Name;
        var user = new LearningUser
        {
            UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.DisplayName.Trim(),
            PreferredCulture = culture, CreatedUtc = clock.GetUtcNow(),
        };
        IdentityResult? failed = null;
        await db.InTransactionAsync(async () =>
        {
            var created = await users.CreateAsync(user, Input.Password);
            if (!created.Succeeded)
            {
                failed = created;
                return;
            }
            await users.AddToRoleAsync(user, RoleNames.Learner);
            await mail.QueueConfirmationAsync(user, culture);
            audit.Record("account.registered", user.Email, actor: user.Email);
        });
        if (failed is not null)
        {
            IdentityErrors.AddTo(ModelState, failed);
            return Page();
        }
        delivery.RequestDelivery();
        Done = true;
        return Page();
    }
}

public sealed class RegisterInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat the password")]
    public string ConfirmPassword { get; set; } = "";
}
