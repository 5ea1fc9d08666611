using System.Text.Json.Serialization;

namespace Learning.TideTurners.Badges;

// The shapes of the Open Badges answers as the API document describes them. The answers themselves
// are written from OpenBadgeDocuments; a test validates each real answer against these schemas.

public sealed record ProfileSchema(
    [property: JsonPropertyName("@context")] string[] Context, string Id, string[] Type, string Name, string Url);

public sealed record ProfileRefSchema(string Id, string[] Type, string Name);

public sealed record CriteriaSchema(string Narrative);

public sealed record RelatedSchema(string Id, string[] Type, string InLanguage, string Name, string Description);

public sealed record AchievementSchema(
    [property: JsonPropertyName("@context")] string[] Context, string Id, string[] Type, string AchievementType, string Name,
    string Description, string InLanguage, CriteriaSchema Criteria, ProfileRefSchema Creator, RelatedSchema[] Related);

/// <summary>A public key as a JSON Web Key (RFC 7517); never its private half.</summary>
public sealed record JwkSchema(string Kty, string Use, string Alg, string Kid, string N, string E);

/// <summary>What a verifier learns: the status, and for a credential we issued its id, level and date; never who holds it.</summary>
public sealed record VerificationSchema(
    bool Verified, string Status, string? Id, string? Achievement, DateTime? ValidFrom, string? RevocationReason);

public sealed record RevokedCredentialSchema(string Id, bool Revoked, string? RevocationReason);

public sealed record RevocationListSchema(string Id, string Type, string Issuer, RevokedCredentialSchema[] RevokedCredentials);
