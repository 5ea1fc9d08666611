using System.Diagnostics;
using System.Globalization;

namespace Learning.Benchmarks;

/// <summary>
/// Measures the site on this machine against a bare Kestrel "hello" endpoint in the same run, and
/// prints each figure with its ratio and the target. Usage: see tests/Learning.Benchmarks/run.
/// </summary>
internal static class Bench
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "hello")
        {
            await Hello.RunAsync(int.Parse(args[1]));
            return 0;
        }
        var options = BenchOptions.Parse(args);
        var data = Path.Combine(Path.GetTempPath(), "learning-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"seeding {options.Learners:N0} learners into {data}");
        Run("dotnet", $"{options.WebDll} seed --learners {options.Learners} --Learning:DataPath={data}");
        var report = new Report(options);
        if (options.Only is null or "web")
        {
            await MeasureWebAsync(options, data, report);
        }
        if (options.Only is null or "certificates")
        {
            report.Certificates(Capture("dotnet", $"{options.WebDll} certificate benchmark --seconds {options.Seconds}"));
        }
        if (options.Only is null or "release")
        {
            await MeasureReleaseAsync(data, report);
        }
        report.Print();
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static async Task MeasureWebAsync(BenchOptions options, string data, Report report)
    {
        var (sitePort, helloPort) = (WebProcess.FreePort(), WebProcess.FreePort());
        using var site = WebProcess.Start("dotnet", $"{options.WebDll} --urls http://127.0.0.1:{sitePort} --Learning:DataPath={data}",
            new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning", ["Learning__AdminPassword"] = "Bench-admin-2026" });
        using var hello = WebProcess.Start("dotnet", $"{typeof(Bench).Assembly.Location} hello {helloPort}");
        var baseUrl = $"http://127.0.0.1:{sitePort}";
        await site.WaitForAsync(baseUrl + "/health", TimeSpan.FromMinutes(3));
        await hello.WaitForAsync($"http://127.0.0.1:{helloPort}/hello", TimeSpan.FromMinutes(1));
        var (cookie, lesson) = await SignedInLearner.SignInAsync(baseUrl, Courses.Seeding.LearnerSeeder.EmailOf(7), Courses.Seeding.LearnerSeeder.Password);
        foreach (var warm in new[] { "/en/courses", "/en/courses/mooc-marine-litter", "/ar/mooc" })
        {
            Wrk.Run("warm-up", baseUrl + warm, options.Connections, 3);
        }
        report.Hello = Wrk.Run("hello (bare Kestrel)", $"http://127.0.0.1:{helloPort}/hello", options.Connections, options.Seconds);
        report.Anonymous.Add(Wrk.Run("catalog /en/courses", baseUrl + "/en/courses", options.Connections, options.Seconds));
        report.Anonymous.Add(Wrk.Run("course page /en/courses/mooc-marine-litter", baseUrl + "/en/courses/mooc-marine-litter", options.Connections, options.Seconds));
        report.Anonymous.Add(Wrk.Run("content page /ar/mooc", baseUrl + "/ar/mooc", options.Connections, options.Seconds));
        report.SignedIn = Wrk.Run("signed-in lesson with progress", lesson, options.Connections, options.Seconds, cookie);
        report.PeakMemoryBytes = site.PeakMemoryBytes();
    }

    private static async Task MeasureReleaseAsync(string data, Report report)
    {
        var port = WebProcess.FreePort();
        var script = Path.Combine(data, "smtp-sink.py");
        await File.WriteAllTextAsync(script, SmtpSink.Script(port));
        using var sink = WebProcess.Start("/usr/bin/python3", script);
        await Task.Delay(1500);
        report.Release = await ReleaseBenchmark.RunAsync(data, port);
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments))!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}");
        }
    }

    private static string Capture(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}

internal sealed record BenchOptions(int Learners, int Seconds, int Connections, string WebDll, string? Only)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var web = Path.Combine(AppContext.BaseDirectory, "Learning.Web.dll");
        return new BenchOptions(int.Parse(Value("--learners", "100000"), CultureInfo.InvariantCulture), int.Parse(Value("--seconds", "15")),
            int.Parse(Value("--connections", "64")), web, args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault());
    }
}

/// <summary>An SMTP server that accepts and forgets, so that the fan-out measures the platform, not a disk.</summary>
internal static class SmtpSink
{
    public static string Script(int port) =>
        "import asyncio; from aiosmtpd.controller import Controller;\n" +
        "class H:\n async def handle_DATA(self, s, e, env): return '250 OK'\n" +
        $"c=Controller(H(), hostname='127.0.0.1', port={port}); c.start()\n" +
        "import time\nwhile True: time.sleep(60)";
}
