using Learning.CleanSeas.Pledges;

namespace Learning.CleanSeas.Progress;

/// <summary>A commitment's report for one year; reports are kept, never replaced.</summary>
public class CommitmentReport : Learning.Core.Caching.IPublicContent
{
    public long Id { get; set; }
    public long CommitmentId { get; set; }
    public int Year { get; set; }
    public int Percent { get; set; }
    public string Achievements { get; set; } = "";
    public string Challenges { get; set; } = "";
    public StatusLight Light { get; set; }
    public string Actor { get; set; } = "";
    public DateTime ReportedUtc { get; set; }

    public static readonly IReadOnlyList<int> Steps = [0, 25, 50, 75, 100];
}
