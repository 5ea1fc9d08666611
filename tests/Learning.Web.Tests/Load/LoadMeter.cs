using System.Collections.Concurrent;
using System.Diagnostics;

namespace Learning.Web.Tests.Load;

/// <summary>One answered request: who asked, the status, how long until the last byte.</summary>
public readonly record struct Sample(string Kind, int Status, double Milliseconds);

/// <summary>
/// Collects the samples of the measured phase only (setup requests are not figures), and every
/// transport failure at any time. During the reference phase every sample counts as the reference.
/// </summary>
public sealed class LoadMeter
{
    public const string Reference = "reference";

    private readonly ConcurrentQueue<Sample> samples = new();
    private readonly ConcurrentQueue<string> failures = new();
    private volatile string? phase;
    private readonly Stopwatch clock = new();

    public IReadOnlyCollection<string> Failures => failures;

    public IReadOnlyCollection<Sample> Samples => samples;

    public TimeSpan Duration => clock.Elapsed;

    public void Start(string name)
    {
        samples.Clear();
        phase = name;
        clock.Restart();
    }

    public void Stop()
    {
        phase = null;
        clock.Stop();
    }

    public void Record(string kind, int status, TimeSpan elapsed)
    {
        if (phase is { } current)
        {
            samples.Enqueue(new Sample(current == Reference ? Reference : kind, status, elapsed.TotalMilliseconds));
        }
    }

    public void Failed(string kind, string what) => failures.Enqueue($"{kind}: {what}");
}
