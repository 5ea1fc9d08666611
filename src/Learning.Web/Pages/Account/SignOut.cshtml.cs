using System.Globalization;
using Learning.Core.Content;
using Learning.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Web.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so no link on another site can sign a user out.</summary>
public sealed class SignOutModel(SignInManager<LearningUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(ContentTypes.Home(CultureInfo.CurrentUICulture.Name));
    }
}
