using System.Security.Claims;
using Learning.Core.Cultures;
using Learning.Courses.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Courses.Pages.Learning;

/// <summary>A page inside one of the signed-in learner's own enrolments.</summary>
[Authorize]
public abstract class StudyPageModel(Studies studies, CultureCatalog cultures) : PageModel
{
    protected Studies Studies => studies;

    public Study Study { get; private set; } = null!;

    public string ContentDirection => cultures.Find(Study.Edition.Culture)?.Direction ?? "ltr";

    /// <summary>Loads the learner's enrolment; false when there is none (another learner's, or not enrolled).</summary>
    protected async Task<bool> OpenAsync(string editionId)
    {
        var study = await studies.OpenAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, editionId, HttpContext.RequestAborted);
        Study = study!;
        return study is not null;
    }
}
