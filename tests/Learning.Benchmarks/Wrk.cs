using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Learning.Benchmarks;

/// <summary>
/// Load from wrk (C, on two threads) and its figures: requests per second and the percentiles. No
/// Lua script: a script that reads every response slows wrk below the site, so a signed-in client
/// sends one fixed cookie header, as a browser does between two renewals.
/// </summary>
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
        var header = cookie is null ? "" : $"-H \"Cookie: {cookie}\" ";
        var arguments = $"-t2 -c{connections} -d{seconds}s --latency {header}{url}";
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
