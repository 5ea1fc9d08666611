using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>
/// Public verification of a badge: the level, the date and the status, never the holder (many are
/// minors). An unknown or malformed id is a 404 page that says so.
/// </summary>
[AllowAnonymous]
public sealed class BadgeModel(BadgeVerifier verifier, ChallengeContent content) : PageModel
{
    public Verification Verification { get; private set; } = null!;
    public Level? Level { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Verification = await verifier.ByIdAsync(id, HttpContext.RequestAborted);
        Level = Verification.Badge is { } badge ? await content.LevelAsync(badge.LevelId, HttpContext.RequestAborted) : null;
        if (Verification.Status == VerificationStatus.Unknown)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
