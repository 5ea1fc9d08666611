namespace Learning.Impact;

/// <summary>The addresses of the impact dashboard and the progress reports, for their links and redirects.</summary>
public static class ImpactAddresses
{
    public const string Admin = "/admin/impact";

    public const string Reports = Admin + "/reports";

    public static string Dashboard(string culture) => $"/{culture}/impact";

    /// <summary>A report's row on the reports page.</summary>
    public static string Report(long reportId) => $"{Reports}#report-{reportId}";

    public static string ReportDownload(long reportId) => $"{Reports}?handler=download&id={reportId}";

    /// <summary>What a report's progress bar polls.</summary>
    public static string ReportStatus(long reportId) => $"{Reports}?handler=status&id={reportId}";
}
