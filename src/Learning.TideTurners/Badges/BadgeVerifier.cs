using System.Text.Json.Nodes;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Badges;

public enum VerificationStatus
{
    Valid,
    Revoked,
    Unknown,
    BadSignature,
}

/// <summary>What a verifier learns: never who holds the badge, only the level, the date and the status.</summary>
public sealed record Verification(VerificationStatus Status, Badge? Badge, string? Reason)
{
    public bool Verified => Status == VerificationStatus.Valid;
}

/// <summary>Checks a credential by its id, or a signed credential pasted whole (its signature, then its status).</summary>
public sealed class BadgeVerifier(LearningDbContext db, SigningKeys keys)
{
    public async Task<Verification> ByIdAsync(string id, CancellationToken ct)
    {
        var badge = Guid.TryParse(id, out var guid) ? await db.Set<Badge>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == guid, ct) : null;
        return Of(badge);
    }

    /// <summary>Checks the signature with the key the token's <c>kid</c> names, so credentials signed before a rotation still verify.</summary>
    public async Task<Verification> TokenAsync(string token, CancellationToken ct)
    {
        var keyId = token.Length > 200_000 || VcJwt.KeyId(token) is not { } kid ? null : OpenBadgeDocuments.KeyIdOf(kid);
        using var key = keyId is null ? null : await keys.FindAsync(keyId, ct);
        if (key is null || VcJwt.Verify(token, key.Rsa) is not { } payload)
        {
            return new Verification(VerificationStatus.BadSignature, null, null);
        }
        var id = payload["id"] is JsonValue v && v.TryGetValue<string>(out var url) ? url[(url.LastIndexOf('/') + 1)..] : "";
        return await ByIdAsync(id, ct);
    }

    private static Verification Of(Badge? badge) => badge switch
    {
        null => new Verification(VerificationStatus.Unknown, null, null),
        { IsRevoked: true } => new Verification(VerificationStatus.Revoked, badge, badge.RevokedReason),
        _ => new Verification(VerificationStatus.Valid, badge, null),
    };
}
