using System.Globalization;
using System.Text;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Load;

/// <summary>The figures as a Markdown table, each p95 also as a multiple of the reference's, measured in the same run.</summary>
public static class LoadReport
{
    public static string Write(LoadFigures reference, TimeSpan referenceTime, IReadOnlyList<LoadFigures> mix, TimeSpan mixTime, IEnumerable<string> work)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Load: {Crowd.Readers + Crowd.Learners + Crowd.Leaders + Crowd.Pledgers} virtual users on Kestrel over loopback TCP, PostgreSQL, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Mix measured for {mixTime.TotalSeconds:N0} s, reference (/assets/progress.js, same users, same pauses) for {referenceTime.TotalSeconds:N0} s.")
            .AppendLine()
            .AppendLine("| who | requests | requests/s | p50 | p95 | p99 | max | 4xx | 5xx | p95 / reference p95 |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in mix.Prepend(reference))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Kind} | {row.Requests:N0} | {row.PerSecond:N1} | {Ms(row.P50)} | {Ms(row.P95)} | {Ms(row.P99)} | {Ms(row.Max)} | {row.ClientErrors} | {row.ServerErrors} | {row.P95 / reference.P95:N1} |"));
        }
        text.AppendLine().AppendLine("Work done in the measured minute:").AppendLine();
        foreach (var line in work)
        {
            text.AppendLine("- " + line);
        }
        var report = text.ToString();
        Directory.CreateDirectory(TestEnvironment.Artifacts);
        File.WriteAllText(Path.Combine(TestEnvironment.Artifacts, "load.md"), report);
        return report;
    }

    private static string Ms(double milliseconds) => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:N1} ms");
}
