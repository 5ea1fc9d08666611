using Learning.Core.Pages;
using Microsoft.AspNetCore.Authorization;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>
/// A course editor. The admin folder already requires AccessAdmin; this adds ManageCourses for the
/// whole page, every handler included, since Razor Pages ignore [Authorize] on handler methods.
/// </summary>
[Authorize(Policy = CoursePermissions.ManageCoursesName)]
public abstract class AuthoringPage : SitePage;
