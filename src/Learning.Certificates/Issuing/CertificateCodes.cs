using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Issuing;

/// <summary>The codes of the valid certificates of many subjects at once, for lists and exports of other modules.</summary>
public sealed class CertificateCodes(LearningDbContext db)
{
    /// <summary>Subject key to code; a subject without a certificate, or whose certificate is revoked, is left out.</summary>
    public async Task<Dictionary<string, string>> ValidAsync(IReadOnlyCollection<string> subjectKeys, CancellationToken ct = default) =>
        subjectKeys.Count == 0
            ? []
            : await db.Set<Certificate>().AsNoTracking()
                .Where(c => subjectKeys.Contains(c.SubjectKey) && c.RevokedUtc == null)
                .Select(c => new { c.SubjectKey, c.Code })
                .ToDictionaryAsync(c => c.SubjectKey, c => c.Code, ct);
}
