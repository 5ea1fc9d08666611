using System.Security.Claims;
using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>A page of the signed-in pledger: it sees and edits only the pledge they applied for.</summary>
public abstract class PledgerPage(LearningDbContext db) : PageModel
{
    public Pledge? Pledge { get; private set; }

    public List<string> Errors { get; protected set; } = [];

    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    protected async Task<Pledge?> LoadPledgeAsync()
    {
        Pledge = UserId is { } id
            ? await db.Set<Pledge>().Include(p => p.Commitments).FirstOrDefaultAsync(p => p.UserId == id && p.Verification != Verification.Rejected, HttpContext.RequestAborted)
            : null;
        return Pledge;
    }

    protected IActionResult Refused(List<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;
}
