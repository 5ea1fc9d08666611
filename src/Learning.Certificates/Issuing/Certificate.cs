namespace Learning.Certificates.Issuing;

/// <summary>
/// An issued certificate. It is never deleted: a withdrawn one is revoked, and its verification
/// page says so. The titles and the name are copied at issue, so renaming a course later does
/// not change what was certified.
/// </summary>
public class Certificate
{
    public long Id { get; set; }
    public string Code { get; set; } = "";

    /// <summary>What the certificate is for, e.g. <c>mooc-enrolment:123</c>; one certificate per subject.</summary>
    public string SubjectKey { get; set; } = "";

    public string Programme { get; set; } = "";

    /// <summary>The name of the <see cref="CertificateTemplate"/> whose wording it is printed with.</summary>
    public string Template { get; set; } = CertificateTemplate.Completion;

    public string? UserId { get; set; }
    public string HolderName { get; set; } = "";
    public string Culture { get; set; } = "";
    public string CourseTitle { get; set; } = "";
    public string TrackTitle { get; set; } = "";
    public DateTime IssuedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public string? RevokedReason { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>When a reissue last brought the copied name or titles up to date; the code never changes.</summary>
    public DateTime? ReissuedUtc { get; set; }

    /// <summary>How many reissues changed it; 0 as first issued.</summary>
    public int Revision { get; set; }

    public bool IsRevoked => RevokedUtc is not null;

    public DateOnly IssuedOn => DateOnly.FromDateTime(IssuedUtc);

    /// <summary>
    /// Takes the holder's name and the titles as they are now. A revoked certificate keeps what it
    /// was revoked with, so a reissue never brings it back; false when nothing changed.
    /// </summary>
    public bool Reissue(CertificateRequest fresh, DateTime nowUtc)
    {
        var (name, course, track) = (fresh.HolderName.Trim(), fresh.CourseTitle.Trim(), fresh.TrackTitle.Trim());
        if (IsRevoked || (HolderName, CourseTitle, TrackTitle) == (name, course, track))
        {
            return false;
        }
        (HolderName, CourseTitle, TrackTitle) = (name, course, track);
        ReissuedUtc = nowUtc;
        Revision++;
        return true;
    }
}
