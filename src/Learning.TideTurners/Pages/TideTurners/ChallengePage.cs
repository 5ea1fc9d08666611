using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>
/// The pages of leaders and coordinators. Razor Pages ignore [Authorize] on handlers, so every handler
/// checks the user's appointment itself and answers 403 outside it.
/// </summary>
public abstract class ChallengePage : PageModel
{
    protected string Actor => User.Identity?.Name ?? "";

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected static IActionResult Forbidden() => new StatusCodeResult(StatusCodes.Status403Forbidden);

    public List<string> Errors { get; } = [];

    public string? Notice { get; protected set; }
}
