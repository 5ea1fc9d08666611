namespace Learning.Certificates.Issuing;

/// <summary>What another module asks a certificate for. <see cref="SubjectKey"/> makes asking twice harmless.</summary>
public sealed record CertificateRequest(
    string SubjectKey,
    string Programme,
    string? UserId,
    string HolderName,
    string Culture,
    string CourseTitle,
    string TrackTitle,
    string Template = CertificateTemplate.Completion);
