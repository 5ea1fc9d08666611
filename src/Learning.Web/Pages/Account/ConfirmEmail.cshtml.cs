using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Web.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<LearningUser> users, AuditLog audit, LearningDbContext db) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var token = AccountMail.DecodeToken(code);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (Confirmed)
        {
            audit.Record("account.confirmed", user.Email ?? user.Id, actor: user.Email);
            await db.SaveChangesAsync();
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
