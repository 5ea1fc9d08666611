namespace Learning.TideTurners.Work;

/// <summary>An activity a leader recorded as done by a youth, with the evidence: a short text and optionally a photo.</summary>
public class ActivityRecord
{
    public long Id { get; set; }
    public long YouthId { get; set; }
    public string ActivityId { get; set; } = "";
    public string Evidence { get; set; } = "";

    /// <summary>The re-encoded photo's file name in the youth's evidence folder, without metadata.</summary>
    public string? PhotoFile { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedBy { get; set; } = "";
}
