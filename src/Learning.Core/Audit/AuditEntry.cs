namespace Learning.Core.Audit;

/// <summary>Who changed what, and when. Entries are only ever added.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Detail { get; set; } = "";
}
