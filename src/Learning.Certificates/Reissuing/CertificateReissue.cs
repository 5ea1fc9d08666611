namespace Learning.Certificates.Reissuing;

public enum ReissueState
{
    Queued,
    Running,
    Finished,
    Failed,
}

/// <summary>
/// One reissue of a scope's certificates and how far it has got. The cursor and the counts are
/// committed with each batch's certificates, so a job that crashes or runs twice neither skips
/// nor counts anything twice.
/// </summary>
public class CertificateReissue
{
    public long Id { get; set; }
    public string Scope { get; set; } = "";
    public string ScopeTitle { get; set; } = "";

    /// <summary>The scope while the reissue is queued or running, null after: a unique index lets one run per scope at a time.</summary>
    public string? ActiveScope { get; set; }

    public string RequestedBy { get; set; } = "";
    public DateTime RequestedUtc { get; set; }
    public DateTime? StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public ReissueState State { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    public int Issued { get; set; }
    public int Changed { get; set; }

    /// <summary>Revoked certificates, left as they were, and subjects whose request was refused (see <see cref="LastError"/>).</summary>
    public int Skipped { get; set; }

    public string Cursor { get; set; } = "";

    /// <summary>Changes with every write of the progress: the concurrency token that stops two runs from committing the same batch.</summary>
    public int Version { get; set; }

    public int Failures { get; set; }
    public string? LastError { get; set; }

    public bool IsActive => State is ReissueState.Queued or ReissueState.Running;

    public int Percent => Total == 0 ? (IsActive ? 0 : 100) : Math.Min(100, Done * 100 / Total);

    public void Record(ReissueTally tally, string cursor)
    {
        Done += tally.Done;
        Issued += tally.Issued;
        Changed += tally.Changed;
        Skipped += tally.Skipped;
        LastError = tally.Refusal ?? LastError;
        Cursor = cursor;
        Version++;
    }

    public void Finish(ReissueState state, DateTime nowUtc)
    {
        State = state;
        FinishedUtc = nowUtc;
        ActiveScope = null;
        Version++;
        // Subjects completed while it ran are in Done too; the bar ends full either way.
        Total = state == ReissueState.Finished ? Done : Total;
    }
}
