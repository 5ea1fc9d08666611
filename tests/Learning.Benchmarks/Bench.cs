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
        Run("dotnet", $"{options.WebDll} seed --learners {options.Learners} --Learning:DataPath={data} --Learning:AdminEmail={BenchOptions.AdminEmail} --Learning:AdminPassword={BenchOptions.AdminPassword}");
        var report = new Report(options);
        if (options.Runs("anonymous") || options.Runs("signed-in"))
        {
            await MeasureWebAsync(options, data, report);
        }
        if (options.Runs("certificates"))
        {
            report.Certificates(Capture("dotnet", $"{options.WebDll} certificate benchmark --seconds {options.Seconds}"));
        }
        if (options.Runs("release"))
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
            new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" });
        using var hello = WebProcess.Start("dotnet", $"{typeof(Bench).Assembly.Location} hello {helloPort}");
        var baseUrl = $"http://127.0.0.1:{sitePort}";
        var helloUrl = $"http://127.0.0.1:{helloPort}/hello";
        await site.WaitForAsync(baseUrl + "/health", TimeSpan.FromMinutes(3));
        await hello.WaitForAsync(helloUrl, TimeSpan.FromMinutes(1));
        report.Hello = Wrk.Run("hello (bare Kestrel)", helloUrl, options.Connections, options.Seconds);
        if (options.Runs("anonymous"))
        {
            MeasureAnonymous(options, baseUrl, report);
        }
        if (options.Runs("signed-in"))
        {
            await MeasureSignedInAsync(options, baseUrl, helloUrl, report);
        }
        report.PeakMemoryBytes = site.PeakMemoryBytes();
    }

    private static void MeasureAnonymous(BenchOptions options, string baseUrl, Report report)
    {
        foreach (var (name, path) in new[] { ("catalog", "/en/courses"), ("course page", "/en/courses/mooc-marine-litter"), ("content page", "/ar/mooc") })
        {
            Wrk.Run("warm-up", baseUrl + path, options.Connections, 3);
            report.Anonymous.Add(Wrk.Run($"{name} {path}", baseUrl + path, options.Connections, options.Seconds));
        }
    }

    /// <summary>
    /// Each signed-in page with the cookies a browser would send. The client is measured first on
    /// hello with the very same options, so that a slow client shows instead of passing for a slow site.
    /// </summary>
    private static async Task MeasureSignedInAsync(BenchOptions options, string baseUrl, string helloUrl, Report report)
    {
        var learner = await SignedInPerson.SignInAsync(baseUrl, Courses.Seeding.LearnerSeeder.EmailOf(7), Courses.Seeding.LearnerSeeder.Password);
        var lesson = await learner.FindAsync("/en/learning", "ul.enrolments a.button[href*='/lessons/']");
        var quiz = await learner.FindAsync(new Uri(lesson).PathAndQuery, "a[href*='/quizzes/']");
        await learner.OpenAsync("/en/courses/mooc-marine-litter");
        var admin = await SignedInPerson.SignInAsync(baseUrl, BenchOptions.AdminEmail, BenchOptions.AdminPassword);
        await admin.OpenAsync("/admin/courses");
        report.Client = Wrk.Run("hello with the signed-in client's options", helloUrl, options.Connections, options.Seconds, learner.CookieHeader);
        var pages = new (string Name, string Url, SignedInPerson Who)[]
        {
            ("signed-in lesson with progress", lesson, learner),
            ("My learning /en/learning", baseUrl + "/en/learning", learner),
            ("quiz page", quiz, learner),
            ("course page, signed in", baseUrl + "/en/courses/mooc-marine-litter", learner),
            ("admin courses overview /admin/courses", baseUrl + "/admin/courses", admin),
        };
        foreach (var (name, url, who) in pages)
        {
            Wrk.Run("warm-up", url, options.Connections, 3, who.CookieHeader);
            report.SignedIn.Add(Wrk.Run(name, url, options.Connections, options.Seconds, who.CookieHeader));
        }
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
    public const string AdminEmail = "admin@bench.example";
    /// <summary>Made anew for each run, so that no password is kept in the repository.</summary>
    public static readonly string AdminPassword = "B-" + Guid.NewGuid().ToString("N");

    /// <summary>Whether this run measures a part; "web" is both kinds of page.</summary>
    public bool Runs(string part) => Only is null || Only == part || (Only == "web" && part is "anonymous" or "signed-in");

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
