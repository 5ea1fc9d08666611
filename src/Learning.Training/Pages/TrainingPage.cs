using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Training.Pages;

/// <summary>What the training pages share: who is asking, in which language, and how a refusal looks.</summary>
public abstract class TrainingPage : PageModel
{
    public string Culture => CultureInfo.CurrentUICulture.Name;

    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    protected CancellationToken Ct => HttpContext.RequestAborted;

    public List<string> Problems { get; protected set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>The page again with its problems listed; 400 tells a script what the page tells a person.</summary>
    protected IActionResult Invalid(IEnumerable<string> problems)
    {
        Problems = problems.ToList();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected IActionResult Done(string message)
    {
        Message = message;
        return Redirect(Request.Path + Request.QueryString);
    }
}
