using System.Text.Json.Nodes;
using Learning.Core.Api;
using Learning.TideTurners.Challenge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Learning.TideTurners.Badges;

/// <summary>
/// The public Open Badges addresses: the issuer profile and its key, the achievements, the revocation
/// list, and verification of a credential by id or of a signed credential posted whole. None of them
/// names a holder.
/// </summary>
public static class OpenBadgesApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/openbadges").AllowAnonymous().WithTags("Open Badges");
        group.MapGet("/issuer", (BadgeIssuer issuer) => Json(issuer.Documents.Issuer())).WithName("OpenBadgesIssuer").WithSummary("The issuer profile")
            .Produces<ProfileSchema>(contentType: "application/json");
        group.MapGet("/issuer/keys/{id}", async (string id, BadgeIssuer issuer, SigningKeys keys, CancellationToken ct) =>
            await PublicKeyAsync(id, issuer.Documents.KeyUrl(id), keys, ct))
            .WithName("OpenBadgesKey").WithSummary("A public key credentials are signed with (JWK); a credential's kid names it")
            .Produces<JwkSchema>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/issuer/key", async (BadgeIssuer issuer, SigningKeys keys, CancellationToken ct) =>
            await PublicKeyAsync(SigningKeys.FirstKeyId, issuer.Documents.FirstKeyUrl, keys, ct))
            .WithName("OpenBadgesFirstKey").WithSummary("The first public key (JWK), under the kid credentials carried before keys could be rotated")
            .Produces<JwkSchema>(contentType: "application/json");
        group.MapGet("/achievements/{id}", async (string id, BadgeIssuer issuer, ChallengeContent content, CancellationToken ct) =>
            await content.LevelAsync(id, ct) is { } level ? Json(issuer.Documents.Achievement(level)) : NotFound("No level has this id."))
            .WithName("OpenBadgesAchievement").WithSummary("One level as an Achievement, with its translations")
            .Produces<AchievementSchema>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/credentials/{id}", async (string id, BadgeVerifier verifier, BadgeIssuer issuer, CancellationToken ct) =>
            Describe(await verifier.ByIdAsync(id, ct), issuer.Documents))
            .WithName("OpenBadgesCredential").WithSummary("Verifies a credential by its id: level, date and status")
            .Produces<VerificationSchema>(contentType: "application/json").Produces<VerificationSchema>(StatusCodes.Status404NotFound, "application/json");
        group.MapPost("/verify", async (HttpRequest request, BadgeVerifier verifier, BadgeIssuer issuer, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var token = await reader.ReadToEndAsync(ct);
            return Describe(await verifier.TokenAsync(token.Length > 200_000 ? "" : token, ct), issuer.Documents);
        }).WithName("OpenBadgesVerify").WithSummary("Verifies a signed credential (the compact VC-JWT as the request body)")
            .WithMetadata(new TextRequestBody("The compact VC-JWT.", "text/plain", "application/jwt", "application/vc+jwt"))
            .Produces<VerificationSchema>(contentType: "application/json").Produces<VerificationSchema>(StatusCodes.Status404NotFound, "application/json");
        group.MapGet("/status", async (RevocationList list, BadgeIssuer issuer, CancellationToken ct) => Json(await list.DocumentAsync(issuer.Documents, ct)))
            .WithName("OpenBadgesStatus").WithSummary("The revocation list")
            .Produces<RevocationListSchema>(contentType: "application/json");
    }

    private static async Task<IResult> PublicKeyAsync(string id, string kid, SigningKeys keys, CancellationToken ct)
    {
        // The first key is made on first use, so a verifier asking before any badge was issued still finds it.
        using var key = await keys.FindAsync(id, ct) ?? (id == SigningKeys.FirstKeyId ? await keys.CurrentAsync(ct) : null);
        return key is null ? NotFound("No signing key has this id.") : Json(VcJwt.PublicJwk(key.Rsa, kid));
    }

    private static IResult Describe(Verification verification, OpenBadgeDocuments documents)
    {
        var badge = verification.Badge;
        var body = new JsonObject
        {
            ["verified"] = verification.Verified,
            ["status"] = verification.Status.ToString().ToLowerInvariant(),
            ["id"] = badge is null ? null : documents.CredentialUrl(badge.Id),
            ["achievement"] = badge is null ? null : documents.AchievementUrl(badge.LevelId),
            ["validFrom"] = badge?.IssuedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["revocationReason"] = badge?.RevokedReason,
        };
        return verification.Status == VerificationStatus.Unknown ? Results.Json(body, statusCode: StatusCodes.Status404NotFound) : Json(body);
    }

    /// <summary>A problem document: a body of its own keeps the HTML status page away from machine clients.</summary>
    private static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound);

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
