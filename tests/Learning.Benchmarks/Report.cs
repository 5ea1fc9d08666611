using System.Globalization;
using System.Text.RegularExpressions;

namespace Learning.Benchmarks;

/// <summary>The figures of one run, each with its ratio to hello and its target.</summary>
internal sealed partial class Report(BenchOptions options)
{
    public Wrk.Result? Hello { get; set; }
    public List<Wrk.Result> Anonymous { get; } = [];
    public List<Wrk.Result> SignedIn { get; } = [];

    /// <summary>Hello, loaded by the client with the signed-in pages' options: the most that client can measure.</summary>
    public Wrk.Result? Client { get; set; }
    public long PeakMemoryBytes { get; set; }
    public ReleaseBenchmark.Result? Release { get; set; }
    private string certificates = "";

    [GeneratedRegex(@"(\d+) certificates/s")]
    private static partial Regex CertificateRate();

    [GeneratedRegex(@"^(\S+)\s+([\d.]+) KB", RegexOptions.Multiline)]
    private static partial Regex CertificateSize();

    public void Certificates(string output) => certificates = output;

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"Benchmarks: {options.Learners:N0} learners, {options.Connections} connections, {options.Seconds} s per measurement, {Environment.ProcessorCount} cores");
        Console.WriteLine("| what | requests/s | ratio to hello | p50 | p99 | errors | target | met |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        PrintWeb();
        PrintCertificates();
        PrintRelease();
    }

    private void PrintWeb()
    {
        if (Hello is null)
        {
            return;
        }
        Row(Hello, "reference", true);
        foreach (var page in Anonymous)
        {
            Row(page, "≥25% of hello, p99 ≤20 ms", Ratio(page) >= 0.25 && page.P99Ms <= 20);
        }
        if (Client is not null)
        {
            Row(Client, "client check", ClientIsNotTheLimit);
        }
        foreach (var page in SignedIn)
        {
            Row(page, "≥10% of hello, p99 ≤50 ms", Ratio(page) >= 0.10 && page.P99Ms <= 50);
        }
        Console.WriteLine($"| web process peak memory under load | {PeakMemoryBytes / 1024 / 1024} MB | | | | | ≤400 MB | {Met(PeakMemoryBytes <= 400L * 1024 * 1024)} |");
        PrintClientCheck();
    }

    /// <summary>The client is not the limit while the fastest signed-in page gets at most half of what it reaches on hello.</summary>
    private bool ClientIsNotTheLimit => Client is not null && SignedIn.Count > 0
        && SignedIn.Max(p => p.RequestsPerSecond) <= Client.RequestsPerSecond / 2;

    private void PrintClientCheck()
    {
        if (Client is null || SignedIn.Count == 0)
        {
            return;
        }
        var share = SignedIn.Max(p => p.RequestsPerSecond) / Client.RequestsPerSecond;
        Console.WriteLine();
        Console.WriteLine(ClientIsNotTheLimit
            ? $"Client check: with the signed-in options wrk reaches {Client.RequestsPerSecond:N0} requests/s on hello; the fastest signed-in page gets {share:P0} of that, so the client is not the limit."
            : $"Client check FAILED: the fastest signed-in page gets {share:P0} of what the client reaches on hello ({Client.RequestsPerSecond:N0} requests/s); these figures measure the client.");
    }

    private void PrintCertificates()
    {
        if (certificates.Length == 0)
        {
            return;
        }
        var invariant = CultureInfo.InvariantCulture;
        var rate = int.Parse(CertificateRate().Match(certificates).Groups[1].Value, invariant);
        var largest = CertificateSize().Matches(certificates).Max(m => double.Parse(m.Groups[2].Value, invariant));
        Console.WriteLine($"| certificates, ten languages, one thread | {rate} /s | | | | | ≥200/s, ≤60 KB (largest {largest:0.0} KB) | {Met(rate >= 200 && largest <= 60)} |");
    }

    private void PrintRelease()
    {
        if (Release is null)
        {
            return;
        }
        var total = Release.Queueing + Release.Delivering;
        Console.WriteLine($"| release fan-out to local SMTP | {Release.Queued:N0} e-mails: queued in {Release.Queueing.TotalSeconds:0} s, delivered in {Release.Delivering.TotalSeconds:0} s, {Release.Undelivered} left | | | | | ≤5 min | {Met(total <= TimeSpan.FromMinutes(5) && Release.Queued == options.Learners && Release.Undelivered == 0)} |");
    }

    private double Ratio(Wrk.Result result) => result.RequestsPerSecond / Hello!.RequestsPerSecond;

    private void Row(Wrk.Result r, string target, bool met) =>
        Console.WriteLine($"| {r.Name} | {r.RequestsPerSecond:N0} | {Ratio(r):P0} | {r.P50Ms:0.0} ms | {r.P99Ms:0.0} ms | {r.Errors} | {target} | {Met(met)} |");

    private static string Met(bool met) => met ? "yes" : "no";
}
