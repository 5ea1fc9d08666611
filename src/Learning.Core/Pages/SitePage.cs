using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Core.Pages;

/// <summary>
/// What every page says the same way: who acts, in which language, why an action was refused and what
/// it did. Razor Pages ignore [Authorize] on handlers, so a handler that admits only some users checks
/// for itself and answers through <see cref="Refused"/>.
/// </summary>
public abstract class SitePage : PageModel
{
    /// <summary>The admin layout shows the message under this key too.</summary>
    private const string MessageKey = "Message";

    private string? message;

    public string Culture => CultureInfo.CurrentUICulture.Name;

    /// <summary>The signed-in user's id; null for a visitor.</summary>
    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The signed-in user as records of who did what name them.</summary>
    protected string Actor => User.Identity?.Name ?? "";

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Why the action was not carried out, listed above its form.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>What the action did: said on this page, or on the next one after <see cref="Done(string, string)"/>.</summary>
    public string? Message
    {
        get => message ?? TempData[MessageKey] as string;
        protected set => message = value;
    }

    /// <summary>The page again with its problems; 400 tells a script what the page tells a person.</summary>
    protected IActionResult Invalid(params IEnumerable<string> problems)
    {
        Problems.AddRange(problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The answer to refusals is that of the gravest; only problems that can be put right are listed.</summary>
    protected IActionResult Refused(params IEnumerable<Refusal> refusals)
    {
        var all = refusals.ToList();
        return all.Max(r => r.Kind) switch
        {
            RefusalKind.NotFound => NotFound(),
            RefusalKind.Forbidden => new StatusCodeResult(StatusCodes.Status403Forbidden),
            _ => Invalid(all.Select(r => r.Message).Distinct()),
        };
    }

    protected IActionResult Forbidden() => Refused(Refusal.Forbidden);

    /// <summary>Back to this very address, with the message shown there once.</summary>
    protected IActionResult Done(string message) => Done(message, Request.Path + Request.QueryString);

    protected IActionResult Done(string message, string url)
    {
        TempData[MessageKey] = message;
        return Redirect(url);
    }
}
