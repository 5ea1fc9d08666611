using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>
/// A course editor. The admin folder already requires AccessAdmin; this adds ManageCourses for the
/// whole page, every handler included, since Razor Pages ignore [Authorize] on handler methods.
/// </summary>
[Authorize(Policy = CoursePermissions.ManageCoursesName)]
public abstract class AuthoringPage : PageModel
{
    /// <summary>The form again with its field errors; 400 tells a script as much as the page tells a person.</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected IActionResult Done(string message, string url)
    {
        TempData["Message"] = message;
        return Redirect(url);
    }
}
