using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.CleanSeas.Pages.Admin.CleanSeas;

/// <summary>A moderator's page; the attribute covers every handler, since Razor Pages ignore [Authorize] on handler methods.</summary>
[Authorize(Policy = CleanSeasPermissions.ModerateName)]
public abstract class ModeratorPage : PageModel
{
    public List<string> Errors { get; protected set; } = [];

    protected IActionResult Refused(List<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
