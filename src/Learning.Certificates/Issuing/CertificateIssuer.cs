using Learning.Certificates.Codes;
using Learning.Certificates.Rendering;
using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Issuing;

/// <summary>
/// Issues certificates once per subject. Two requests for the same subject at the same moment (two
/// nodes, a job run twice) meet at the unique index: the loser reads the winner's certificate.
/// </summary>
public sealed class CertificateIssuer(
    LearningDbContext db,
    CertificateTemplates templates,
    CertificateComposer composer,
    CertificateRenderer renderer,
    AuditLog audit,
    TimeProvider clock) : ICertificateIssuer
{
    // A fresh random code colliding with an existing one is a one-in-2^55 event; three tries is plenty.
    private const int Attempts = 3;

    public async Task<Certificate> IssueAsync(CertificateRequest request, CancellationToken ct = default)
    {
        CertificateRequestRules.Check(request);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindBySubjectAsync(request.SubjectKey, ct) is { } existing)
            {
                return existing;
            }
            var certificate = New(request, clock.GetUtcNow().UtcDateTime);
            db.Add(certificate);
            try
            {
                await db.SaveChangesAsync(ct);
                return certificate;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request issued it first, or the code was taken: forget ours and look again.
                db.Entry(certificate).State = EntityState.Detached;
            }
        }
    }

    public async Task RevokeAsync(string code, string reason, string actor, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("a revocation needs a reason", nameof(reason));
        }
        var certificate = await FindTrackedAsync(code, ct)
            ?? throw new InvalidOperationException($"there is no certificate with the code '{code}'");
        if (certificate.IsRevoked)
        {
            return;
        }
        var trimmed = reason.Trim();
        certificate.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        certificate.RevokedReason = trimmed.Length > 1000 ? trimmed[..1000] : trimmed;
        certificate.RevokedBy = actor.Length > 256 ? actor[..256] : actor;
        audit.Record("certificate.revoked", certificate.Code, certificate.RevokedReason, actor);
        await db.SaveChangesAsync(ct);
    }

    public async Task EraseHolderAsync(string subjectKey, string reason, string actor, CancellationToken ct = default)
    {
        if (await db.Set<Certificate>().FirstOrDefaultAsync(c => c.SubjectKey == subjectKey, ct) is not { } certificate)
        {
            return;
        }
        certificate.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
        certificate.RevokedReason ??= reason;
        certificate.RevokedBy ??= actor;
        (certificate.HolderName, certificate.UserId) = ("", null);
        audit.Record("certificate.holder-erased", certificate.Code, reason, actor);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Certificate?> FindAsync(string code, CancellationToken ct = default) =>
        VerificationCode.TryParse(code, out var canonical)
            ? await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == canonical, ct)
            : null;

    public Task<Certificate?> FindBySubjectAsync(string subjectKey, CancellationToken ct = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.SubjectKey == subjectKey, ct);

    public async Task<byte[]> RenderPdfAsync(Certificate certificate, string baseUrl, CancellationToken ct = default)
    {
        var template = await templates.FindAsync(certificate.Template, certificate.Culture, ct);
        return renderer.Render(composer.Compose(certificate, template, VerifyUrl(baseUrl, certificate.Code)));
    }

    /// <summary>The unprefixed address: it opens in the visitor's language, not the holder's.</summary>
    public static string VerifyUrl(string baseUrl, string code) => baseUrl.TrimEnd('/') + CertificateAddresses.Verification(code);

    private async Task<Certificate?> FindTrackedAsync(string code, CancellationToken ct) =>
        VerificationCode.TryParse(code, out var canonical)
            ? await db.Set<Certificate>().FirstOrDefaultAsync(c => c.Code == canonical, ct)
            : null;

    internal static Certificate New(CertificateRequest request, DateTime issuedUtc) => new()
    {
        Code = VerificationCode.New(),
        SubjectKey = request.SubjectKey,
        Programme = request.Programme,
        Template = request.Template,
        UserId = request.UserId,
        HolderName = request.HolderName.Trim(),
        Culture = request.Culture,
        CourseTitle = request.CourseTitle.Trim(),
        TrackTitle = request.TrackTitle.Trim(),
        IssuedUtc = issuedUtc,
    };
}
