using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learning.Certificates.Reissuing;

/// <summary>
/// Brings a batch of certificates up to date with fresh requests, in the caller's unit of work:
/// same code, current name and titles; a revoked one stays as it is; a missing one is issued.
/// </summary>
public sealed class ReissuedCertificates(LearningDbContext db, TimeProvider clock, ILogger<ReissuedCertificates> logger)
{
    public async Task<ReissueTally> ApplyAsync(IReadOnlyList<CertificateRequest> requests, CancellationToken ct)
    {
        var keys = requests.Select(r => r.SubjectKey).ToList();
        var existing = await db.Set<Certificate>().Where(c => keys.Contains(c.SubjectKey)).ToDictionaryAsync(c => c.SubjectKey, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var tally = new ReissueTally();
        foreach (var request in requests)
        {
            if (Refusal(request) is { } refusal)
            {
                tally.Add(ReissueOutcome.Refused, refusal);
            }
            else if (existing.GetValueOrDefault(request.SubjectKey) is { } certificate)
            {
                tally.Add(certificate.IsRevoked ? ReissueOutcome.Revoked : certificate.Reissue(request, now) ? ReissueOutcome.Changed : ReissueOutcome.Unchanged);
            }
            else
            {
                existing[request.SubjectKey] = db.Add(CertificateIssuer.New(request, now)).Entity;
                tally.Add(ReissueOutcome.Issued);
            }
        }
        return tally;
    }

    private string? Refusal(CertificateRequest request)
    {
        try
        {
            CertificateRequestRules.Check(request);
            return null;
        }
        catch (ArgumentException e)
        {
            logger.LogWarning("Reissue skipped {Subject}: {Problem}", request.SubjectKey, e.Message);
            return $"{request.SubjectKey}: {e.Message}";
        }
    }
}
