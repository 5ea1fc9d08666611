namespace Learning.TideTurners.Badges;

/// <summary>
/// An issued Open Badges credential. It is never deleted: revoking records the reason in the status
/// list, and erasing a youth's data keeps only this tombstone (level, dates, status) without the
/// signed credential, its evidence or any link to the youth.
/// </summary>
public class Badge
{
    public Guid Id { get; set; }

    /// <summary>The position in the revocation status list.</summary>
    public long StatusIndex { get; set; }
    public long? YouthId { get; set; }
    public long? SubmissionId { get; set; }
    public string LevelId { get; set; } = "";
    public DateTime IssuedUtc { get; set; }

    /// <summary>The signed VC-JWT; empty once the holder's data was erased.</summary>
    public string Jwt { get; set; } = "";
    public DateTime? RevokedUtc { get; set; }
    public string? RevokedReason { get; set; }

    public bool IsRevoked => RevokedUtc is not null;
}

/// <summary>
/// An RSA key credentials are signed with, kept in the database so every node signs alike. The
/// private half is stored protected by ASP.NET Core Data Protection, never as plain PEM. Keys are
/// never deleted: a credential names its key, and keeps verifying after the issuer moves to a newer one.
/// </summary>
public class SigningKey
{
    public string Id { get; set; } = "";
    public string ProtectedPrivateKey { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
