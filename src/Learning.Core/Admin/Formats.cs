using System.Globalization;

namespace Learning.Core.Admin;

public static class Formats
{
    /// <summary>One unambiguous form for times in every language of the admin: ISO date and time, UTC.</summary>
    public static string Stamp(this DateTime utc) =>
        utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
