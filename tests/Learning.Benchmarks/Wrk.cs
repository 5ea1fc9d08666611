using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Learning.Benchmarks;

/// <summary>Load from wrk (C, on two threads) and its figures: requests per second and the 99th percentile.</summary>
internal static partial class Wrk
{
    public sealed record Result(string Name, double RequestsPerSecond, double P50Ms, double P99Ms, int Errors);

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)|Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex Errors();

    public static Result Run(string name, string url, int connections, int seconds, string? cookie = null)
    {
        // With a cookie, wrk behaves like a browser and keeps the cookies the site sets (see browser-cookies.lua).
        var script = Path.Combine(AppContext.BaseDirectory, "browser-cookies.lua");
        var arguments = cookie is null
            ? $"-t2 -c{connections} -d{seconds}s --latency {url}"
            : $"-t2 -c{connections} -d{seconds}s --latency -s {script} {url} -- \"{cookie}\"";
        using var process = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var percentiles = Percentile().Matches(output).ToDictionary(m => m.Groups[1].Value, m => Milliseconds(m.Groups[2].Value, m.Groups[3].Value));
        var errors = Errors().Matches(output).Sum(m => m.Groups.Values.Skip(1).Where(g => g.Success).Sum(g => int.Parse(g.Value)));
        return new Result(name, double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            percentiles.GetValueOrDefault("50"), percentiles.GetValueOrDefault("99"), errors);
    }

    private static double Milliseconds(string value, string unit) =>
        double.Parse(value, CultureInfo.InvariantCulture) * unit switch { "us" => 0.001, "s" => 1000, _ => 1 };
}
