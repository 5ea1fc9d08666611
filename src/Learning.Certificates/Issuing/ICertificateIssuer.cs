namespace Learning.Certificates.Issuing;

/// <summary>How other modules issue, find, revoke and print certificates; they never touch the tables.</summary>
public interface ICertificateIssuer
{
    /// <summary>
    /// Issues the certificate for the request's subject, or returns the one already issued for it.
    /// Saves at once (together with anything else pending in the unit of work): a certificate exists
    /// as soon as it is issued.
    /// </summary>
    Task<Certificate> IssueAsync(CertificateRequest request, CancellationToken ct = default);

    /// <summary>Marks the certificate revoked; it stays on record, and its page says why. Revoking twice keeps the first reason.</summary>
    Task RevokeAsync(string code, string reason, string actor, CancellationToken ct = default);

    /// <summary>The certificate with this code, typed in any accepted form; null when unknown or malformed.</summary>
    Task<Certificate?> FindAsync(string code, CancellationToken ct = default);

    Task<Certificate?> FindBySubjectAsync(string subjectKey, CancellationToken ct = default);

    /// <summary>
    /// For a holder whose personal data is erased: revokes the subject's certificate and blanks the name
    /// and account it carried. The code stays on record, so its page still answers "revoked".
    /// </summary>
    Task EraseHolderAsync(string subjectKey, string reason, string actor, CancellationToken ct = default);

    /// <summary>The PDF, with its verification link under <paramref name="baseUrl"/> (e.g. <c>https://learning.example.org</c>).</summary>
    Task<byte[]> RenderPdfAsync(Certificate certificate, string baseUrl, CancellationToken ct = default);
}
