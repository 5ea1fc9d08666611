using System.Text.Json.Nodes;
using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Badges;

/// <summary>Revoked credentials with their reasons. A revocation is recorded, never a deletion.</summary>
public sealed class RevocationList(LearningDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>False when there is no such badge; revoking twice keeps the first reason.</summary>
    public async Task<bool> RevokeAsync(Guid id, string reason, string actor, CancellationToken ct)
    {
        if (await db.Set<Badge>().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } badge)
        {
            return false;
        }
        if (!badge.IsRevoked)
        {
            var trimmed = reason.Trim();
            (badge.RevokedUtc, badge.RevokedReason) = (clock.GetUtcNow().UtcDateTime, trimmed.Length > 1000 ? trimmed[..1000] : trimmed);
            audit.Record("tide-turners.badge.revoked", id.ToString(), badge.RevokedReason, actor);
            await db.SaveChangesAsync(ct);
        }
        return true;
    }

    public async Task<JsonObject> DocumentAsync(OpenBadgeDocuments documents, CancellationToken ct)
    {
        var revoked = await db.Set<Badge>().AsNoTracking().Where(b => b.RevokedUtc != null).OrderBy(b => b.StatusIndex).ToListAsync(ct);
        return new JsonObject
        {
            ["id"] = documents.StatusListUrl, ["type"] = "1EdTechRevocationList", ["issuer"] = documents.IssuerUrl,
            ["revokedCredentials"] = new JsonArray(revoked.Select(b => (JsonNode)new JsonObject
            {
                ["id"] = documents.CredentialUrl(b.Id), ["revoked"] = true, ["revocationReason"] = b.RevokedReason,
            }).ToArray()),
        };
    }
}
