using Learning.Certificates.Codes;

namespace Learning.Certificates.Issuing;

/// <summary>What the admin list finds: a code typed in any accepted form, or part of a holder's name or a title.</summary>
public static class CertificateSearch
{
    public const string Valid = "valid";
    public const string Revoked = "revoked";

    public static IQueryable<Certificate> Filter(IQueryable<Certificate> certificates, string? text, string? status)
    {
        certificates = status switch
        {
            Valid => certificates.Where(c => c.RevokedUtc == null),
            Revoked => certificates.Where(c => c.RevokedUtc != null),
            _ => certificates,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return certificates;
        }
        if (VerificationCode.TryParse(text.Trim(), out var code))
        {
            return certificates.Where(c => c.Code == code);
        }
        var part = text.Trim().ToLowerInvariant();
        return certificates.Where(c => c.HolderName.ToLower().Contains(part) || c.CourseTitle.ToLower().Contains(part) || c.TrackTitle.ToLower().Contains(part));
    }
}
