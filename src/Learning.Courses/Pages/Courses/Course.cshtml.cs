using System.Globalization;
using System.Security.Claims;
using Learning.Core.Caching;
using Learning.Core.Cultures;
using Learning.Courses.Catalog;
using Learning.Courses.Enrolments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Courses;

[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class CourseModel(CourseCatalog catalog, Registrar registrar, Core.Data.LearningDbContext db, PoStringLocalizer t) : PageModel
{
    public Course? Course { get; private set; }

    public List<CatalogEntry> Entries { get; private set; } = [];

    public Dictionary<string, EnrolmentState> Mine { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        Course = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (Course is null)
        {
            return NotFound();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnrolAsync(string slug, string? editionId)
    {
        // Razor Pages ignore [Authorize] on a handler, so the post checks for itself.
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Challenge();
        }
        Course = await catalog.FindAsync(slug, HttpContext.RequestAborted);
        if (Course is null)
        {
            return NotFound();
        }
        var outcome = await registrar.EnrolAsync(userId, Course.Id, editionId ?? "", HttpContext.RequestAborted);
        Message = outcome switch
        {
            EnrolmentOutcome.Enrolled => t["You are enrolled. Welcome!"],
            EnrolmentOutcome.Waitlisted => t["You are on the waitlist. We will e-mail you when this edition opens."],
            EnrolmentOutcome.AlreadyEnrolled => t["You are already enrolled in this edition."],
            EnrolmentOutcome.Closed => t["This edition is closed; enrolment is no longer possible."],
            _ => t["This edition is not offered in this course."],
        };
        if (outcome is EnrolmentOutcome.NotOffered or EnrolmentOutcome.Closed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Entries = await catalog.ListAsync(null, null, null, Course!.Id, HttpContext.RequestAborted);
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            Mine = await db.Set<Enrolment>().AsNoTracking().Where(e => e.UserId == userId)
                .ToDictionaryAsync(e => e.EditionId, e => e.State, HttpContext.RequestAborted);
        }
    }

    public string SignInLink => $"/{CultureInfo.CurrentUICulture.Name}/account/sign-in?returnUrl={Uri.EscapeDataString(Request.Path)}";
}
