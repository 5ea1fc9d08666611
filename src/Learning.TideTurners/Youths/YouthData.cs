using System.Text.Json.Nodes;
using Learning.Certificates.Issuing;
using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Youths;

/// <summary>A youth's data as a whole: exported on request, or erased everywhere (rows, evidence files, names on certificates).</summary>
public sealed class YouthData(LearningDbContext db, EvidencePhotos photos, ICertificateIssuer certificates, AuditLog audit, TimeProvider clock)
{
    public const string ErasedReason = "The holder's personal data was erased.";

    public async Task<JsonObject> ExportAsync(Youth youth, string actor, CancellationToken ct)
    {
        var records = await db.Set<ActivityRecord>().AsNoTracking().Where(r => r.YouthId == youth.Id).OrderBy(r => r.Id).ToListAsync(ct);
        var submissions = await db.Set<Submission>().AsNoTracking().Where(s => s.YouthId == youth.Id).OrderBy(s => s.Id).ToListAsync(ct);
        var badges = await db.Set<Badge>().AsNoTracking().Where(b => b.YouthId == youth.Id).OrderBy(b => b.IssuedUtc).ToListAsync(ct);
        audit.Record("tide-turners.youth.exported", GroupRoster.Subject(youth.Id), "", actor);
        await db.SaveChangesAsync(ct);
        return new JsonObject
        {
            ["youth"] = new JsonObject
            {
                ["id"] = youth.Id, ["nickname"] = youth.Nickname, ["ageBand"] = youth.AgeBand.ToString(), ["country"] = youth.Country,
                ["language"] = youth.Culture, ["group"] = youth.GroupId, ["consentRecordedUtc"] = youth.ConsentRecordedUtc, ["createdUtc"] = youth.CreatedUtc,
            },
            ["activities"] = new JsonArray(records.Select(r => (JsonNode)new JsonObject
            {
                ["activity"] = r.ActivityId, ["evidence"] = r.Evidence, ["photo"] = r.PhotoFile, ["recordedUtc"] = r.RecordedUtc,
            }).ToArray()),
            ["submissions"] = new JsonArray(submissions.Select(s => (JsonNode)new JsonObject
            {
                ["level"] = s.LevelId, ["state"] = s.State.ToString(), ["submittedUtc"] = s.SubmittedUtc, ["feedback"] = s.Feedback,
            }).ToArray()),
            ["badges"] = new JsonArray(badges.Select(b => (JsonNode)new JsonObject
            {
                ["id"] = b.Id, ["level"] = b.LevelId, ["issuedUtc"] = b.IssuedUtc, ["credential"] = b.Jwt, ["revokedReason"] = b.RevokedReason,
            }).ToArray()),
        };
    }

    /// <summary>
    /// Deletes the youth, their records, submissions and evidence files; their badges are revoked and
    /// stripped to a tombstone (so verifiers learn "revoked", not "unknown"), and their certificates lose the name.
    /// </summary>
    public async Task EraseAsync(Youth youth, string actor, CancellationToken ct)
    {
        var submissionIds = await db.Set<Submission>().Where(s => s.YouthId == youth.Id).Select(s => s.Id).ToListAsync(ct);
        await db.InTransactionAsync(async () =>
        {
            foreach (var badge in await db.Set<Badge>().Where(b => b.YouthId == youth.Id).ToListAsync(ct))
            {
                (badge.YouthId, badge.SubmissionId, badge.Jwt) = (null, null, "");
                badge.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
                badge.RevokedReason ??= ErasedReason;
            }
            foreach (var id in submissionIds)
            {
                await certificates.EraseHolderAsync(BadgeIssuer.CertificateSubject(id), ErasedReason, actor, ct);
            }
            await db.Set<ActivityRecord>().Where(r => r.YouthId == youth.Id).ExecuteDeleteAsync(ct);
            await db.Set<Submission>().Where(s => s.YouthId == youth.Id).ExecuteDeleteAsync(ct);
            // Two erasures at once (the retention job run twice, or beside a coordinator's): the one
            // that deletes the youth records it, the other waited on the row and deleted nothing.
            if (await db.Set<Youth>().Where(y => y.Id == youth.Id).ExecuteDeleteAsync(ct) > 0)
            {
                audit.Record("tide-turners.youth.erased", GroupRoster.Subject(youth.Id), "", actor);
            }
        }, ct);
        // After the commit: a crash in between leaves orphan files that the next erase or the retention job removes, never rows without files.
        photos.DeleteAll(youth.Id);
    }
}
