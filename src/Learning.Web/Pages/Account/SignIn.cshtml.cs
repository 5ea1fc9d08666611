using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Learning.Core.Content;
using Learning.Core.Cultures;
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
public sealed class SignInModel(
    SignInManager<LearningUser> signIn, UserManager<LearningUser> users, LearningDbContext db,
    AccountMail mail, OutboxSchedule delivery, PoStringLocalizer t) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool CanResendConfirmation { get; private set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : ContentTypes.Home(CultureInfo.CurrentUICulture.Name));
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, t["Too many failed attempts. This account is locked for 15 minutes."]);
        }
        else if (result.IsNotAllowed)
        {
            CanResendConfirmation = true;
            ModelState.AddModelError(string.Empty, t["Please confirm your e-mail address first."]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, t["The e-mail address or the password is wrong."]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: false })
        {
            await mail.QueueConfirmationAsync(user, CultureInfo.CurrentUICulture.Name);
            await db.SaveChangesAsync();
            delivery.RequestDelivery();
        }
        ModelState.Clear();
        Message = t["If this address has an account waiting for confirmation, we have sent a new link."];
        return Page();
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }
}
