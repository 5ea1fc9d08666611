using System.Globalization;

namespace Learning.Courses.Pages.Admin.Courses;

public static class Times
{
    /// <summary>One unambiguous form in every language of the admin, as the releases page writes it.</summary>
    public static string Minutes(this DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
