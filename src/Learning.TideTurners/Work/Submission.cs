namespace Learning.TideTurners.Work;

public enum SubmissionState
{
    Waiting,
    Returned,
    Approved,
}

/// <summary>A leader's claim that a youth completed a level, waiting for a national coordinator.</summary>
public class Submission
{
    public long Id { get; set; }
    public long YouthId { get; set; }
    public long GroupId { get; set; }
    public string LevelId { get; set; } = "";
    public SubmissionState State { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public string SubmittedBy { get; set; } = "";
    public string? Feedback { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public string? ReviewedBy { get; set; }
}
