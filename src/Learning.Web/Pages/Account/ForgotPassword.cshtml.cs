using System.ComponentModel.DataAnnotations;
using System.Globalization;
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

/// <summary>Answers the same whether or not the address has an account, so it reveals nothing.</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.Policy)]
public sealed class ForgotPasswordModel(UserManager<LearningUser> users, LearningDbContext db, AccountMail mail, OutboxSchedule delivery) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { EmailConfirmed: true })
        {
            await mail.QueueResetAsync(user, CultureInfo.CurrentUICulture.Name);
            await db.SaveChangesAsync();
            delivery.RequestDelivery();
        }
        Sent = true;
        return Page();
    }
}
