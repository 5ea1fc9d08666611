namespace Learning.Impact.Report;

public enum ReportState
{
    Queued,
    Building,
    Ready,
    Failed,
}

/// <summary>
/// One progress report someone asked for and how far its building has got. The PDF itself is in
/// <see cref="ProgressReportPdf"/>, so that listing reports never reads the files.
/// </summary>
public class ProgressReport
{
    public long Id { get; set; }
    public string RequestedBy { get; set; } = "";
    public string Culture { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>An ISO 3166 code, or null for every country.</summary>
    public string? Country { get; set; }

    public ReportState State { get; set; }
    public int StepsDone { get; set; }
    public int StepsTotal { get; set; }
    public int Failures { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }

    public bool IsActive => State is ReportState.Queued or ReportState.Building;

    public int Percent => StepsTotal == 0 ? (IsActive ? 0 : 100) : Math.Min(100, StepsDone * 100 / StepsTotal);

    public string FileName => $"progress-report-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}-{Culture}.pdf";
}

/// <summary>A built report's file. Its key is the report's, so two runs of the same job cannot both store one.</summary>
public class ProgressReportPdf
{
    public long ReportId { get; set; }
    public byte[] Content { get; set; } = [];
}
