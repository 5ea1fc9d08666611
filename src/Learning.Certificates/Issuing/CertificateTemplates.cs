using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Issuing;

/// <summary>
/// Which wording a certificate is printed with: the site's template in its language; else the
/// built-in one in its language; else the site's English one; else the built-in English one.
/// </summary>
public sealed class CertificateTemplates(LearningDbContext db)
{
    public async Task<CertificateTemplate> FindAsync(string name, string culture, CancellationToken ct = default)
    {
        var candidates = await db.Set<CertificateTemplate>().AsNoTracking()
            .Where(t => t.Name == name && (t.Culture == culture || t.Culture == BuiltInTemplates.Fallback)).ToListAsync(ct);
        return candidates.FirstOrDefault(t => t.Culture == culture)
            ?? (BuiltInTemplates.Has(culture) ? null : candidates.FirstOrDefault())
            ?? BuiltInTemplates.Find(name, culture);
    }
}
