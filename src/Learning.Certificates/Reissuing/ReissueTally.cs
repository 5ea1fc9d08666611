namespace Learning.Certificates.Reissuing;

public enum ReissueOutcome
{
    Issued,
    Changed,
    Unchanged,
    Revoked,
    Refused,
}

/// <summary>What one batch of a reissue did.</summary>
public sealed class ReissueTally
{
    public int Done { get; private set; }
    public int Issued { get; private set; }
    public int Changed { get; private set; }
    public int Skipped { get; private set; }

    /// <summary>Why the last refused subject was refused, for the administrator.</summary>
    public string? Refusal { get; private set; }

    public void Add(ReissueOutcome outcome, string? refusal = null)
    {
        Done++;
        switch (outcome)
        {
            case ReissueOutcome.Issued:
                Issued++;
                break;
            case ReissueOutcome.Changed:
                Changed++;
                break;
            case ReissueOutcome.Revoked or ReissueOutcome.Refused:
                Skipped++;
                Refusal = refusal ?? Refusal;
                break;
        }
    }
}
