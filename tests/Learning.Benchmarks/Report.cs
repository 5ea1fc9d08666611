using System.Globalization;
using System.Text.RegularExpressions;

namespace Learning.Benchmarks;

/// <summary>The figures of one run, each with its ratio to hello and its target.</summary>
internal sealed partial class Report(BenchOptions options)
{
    public Wrk.Result? Hello { get; set; }
    public List<Wrk.Result> Anonymous { get; } = [];
    public Wrk.Result? SignedIn { get; set; }
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
        if (Hello is null || SignedIn is null)
        {
            return;
        }
        Row(Hello, "reference", true);
        foreach (var page in Anonymous)
        {
            Row(page, "≥25% of hello, p99 ≤20 ms", Ratio(page) >= 0.25 && page.P99Ms <= 20);
        }
        Row(SignedIn, "≥10% of hello, p99 ≤50 ms", Ratio(SignedIn) >= 0.10 && SignedIn.P99Ms <= 50);
        Console.WriteLine($"| web process peak memory under load | {PeakMemoryBytes / 1024 / 1024} MB | | | | | ≤400 MB | {Met(PeakMemoryBytes <= 400L * 1024 * 1024)} |");
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
