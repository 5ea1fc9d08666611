namespace Learning.Web.Tests.Load;

/// <summary>The figures of one kind of request over a measured phase.</summary>
public sealed record LoadFigures(string Kind, int Requests, double PerSecond, double P50, double P95, double P99, double Max, int ClientErrors, int ServerErrors)
{
    public static LoadFigures Of(string kind, IReadOnlyCollection<Sample> samples, TimeSpan duration)
    {
        var times = samples.Select(s => s.Milliseconds).Order().ToArray();
        return new LoadFigures(kind, times.Length, times.Length / duration.TotalSeconds,
            Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), times.Length == 0 ? 0 : times[^1],
            samples.Count(s => s.Status is >= 400 and < 500), samples.Count(s => s.Status >= 500));
    }

    /// <summary>Nearest rank: the smallest time that at least this share of the requests did not exceed.</summary>
    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
