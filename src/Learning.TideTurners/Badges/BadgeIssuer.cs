using Learning.Certificates.Issuing;
using Learning.Core;
using Learning.Core.Data;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Badges;

/// <summary>On approval: the signed Open Badges credential, and the PDF certificate in the youth's language.</summary>
public sealed class BadgeIssuer(LearningDbContext db, ICertificateIssuer certificates, PublicAddress address, TimeProvider clock)
{
    public const string Programme = "Tide Turners";

    public static string CertificateSubject(long submissionId) => $"tide-turners-submission:{submissionId}";

    public OpenBadgeDocuments Documents => new(address.BaseUrl);

    /// <summary>Adds the badge to the unit of work; one per submission (a unique index), so approving twice issues once.</summary>
    public async Task<Badge> IssueAsync(Submission submission, Youth youth, Level level, IssuerKey key, CancellationToken ct)
    {
        var records = await db.Set<ActivityRecord>().AsNoTracking().Where(r => r.YouthId == youth.Id).ToListAsync(ct);
        var evidence = level.Activities.Join(records, a => a.Id, r => r.ActivityId, (a, r) => new EvidenceItem(a.TitleIn("en"), r.Evidence));
        var badge = new Badge
        {
            Id = Guid.NewGuid(), StatusIndex = submission.Id, SubmissionId = submission.Id, YouthId = youth.Id, LevelId = level.Id,
            IssuedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var credential = Documents.Credential(badge.Id, level, youth.Pseudonym, badge.IssuedUtc, evidence);
        badge.Jwt = VcJwt.Sign(credential, key.Rsa, Documents.KeyUrl(key.Id));
        db.Add(badge);
        // The certificate carries only the first name or nickname the leader gave, never more.
        await certificates.IssueAsync(new CertificateRequest(CertificateSubject(submission.Id), Programme, youth.UserId, youth.Nickname,
            youth.Culture, OpenBadgeDocuments.IssuerName, level.TitleIn(youth.Culture)), ct);
        return badge;
    }
}
