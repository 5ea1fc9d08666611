using Learning.Core.Modules;

namespace Learning.Courses;

public static class CoursePermissions
{
    public const string ManageCoursesName = "ManageCourses";

    public static readonly Permission ManageCourses = new("ManageCourses", "Edit courses, editions and their releases");
}
