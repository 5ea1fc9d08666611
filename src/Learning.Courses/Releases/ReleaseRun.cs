namespace Learning.Courses.Releases;

/// <summary>
/// The progress of one fan-out (an edition or a unit opening). The cursor lets a retried job go on
/// where the last one stopped; the outbox's unique keys make sure nobody is mailed twice anyway.
/// </summary>
public class ReleaseRun
{
    public string Id { get; set; } = "";
    public string EditionId { get; set; } = "";
    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public long Cursor { get; set; }
    public int Queued { get; set; }
}
