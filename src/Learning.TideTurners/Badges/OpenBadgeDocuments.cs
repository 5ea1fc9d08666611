using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Learning.TideTurners.Challenge;

namespace Learning.TideTurners.Badges;

/// <summary>One piece of evidence as it goes into a credential: the activity and what the leader wrote.</summary>
public sealed record EvidenceItem(string ActivityTitle, string Narrative);

/// <summary>The Open Badges 3.0 documents: the issuer profile, one achievement per level, and credentials.</summary>
public sealed class OpenBadgeDocuments(string baseUrl)
{
    public const string CredentialsContext = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public const string IssuerName = "Tide Turners Plastic Challenge";

    public string IssuerUrl => baseUrl + TideTurnersAddresses.OpenBadgesIssuer;

    /// <summary>The <c>kid</c> of a signing key: it dereferences to the key's public JWK.</summary>
    public string KeyUrl(string keyId) => baseUrl + TideTurnersAddresses.OpenBadgesKey(keyId);

    /// <summary>The <c>kid</c> credentials signed with the first key carried before keys could be rotated; it still names that key.</summary>
    public string FirstKeyUrl => baseUrl + TideTurnersAddresses.OpenBadgesFirstKey;

    /// <summary>The id of the key a <c>kid</c> names, whatever host the site had when it signed; null when it names none of ours.</summary>
    public static string? KeyIdOf(string kid) =>
        kid.EndsWith(TideTurnersAddresses.OpenBadgesFirstKey, StringComparison.Ordinal) ? SigningKeys.FirstKeyId
        : kid.IndexOf(TideTurnersAddresses.OpenBadgesKeys, StringComparison.Ordinal) is var at and >= 0 ? kid[(at + TideTurnersAddresses.OpenBadgesKeys.Length)..]
        : null;

    public string StatusListUrl => baseUrl + TideTurnersAddresses.OpenBadgesStatus;

    public string CredentialUrl(Guid id) => baseUrl + TideTurnersAddresses.OpenBadgesCredential(id);

    public string AchievementUrl(string levelId) => baseUrl + TideTurnersAddresses.OpenBadgesAchievement(levelId);

    public JsonObject Issuer() => new()
    {
        ["@context"] = Contexts(),
        ["id"] = IssuerUrl, ["type"] = new JsonArray("Profile"), ["name"] = IssuerName, ["url"] = baseUrl + TideTurnersAddresses.Challenge("en"),
    };

    /// <summary>The level as an Achievement, in English with every other language as a <c>related</c> entry.</summary>
    public JsonObject Achievement(Level level, bool withContext = true)
    {
        var achievement = new JsonObject
        {
            ["id"] = AchievementUrl(level.Id), ["type"] = new JsonArray("Achievement"), ["achievementType"] = "Badge",
            ["name"] = level.TitleIn("en"), ["description"] = level.SummaryIn("en"), ["inLanguage"] = "en",
            ["criteria"] = new JsonObject { ["narrative"] = Criteria(level) },
            ["creator"] = new JsonObject { ["id"] = IssuerUrl, ["type"] = new JsonArray("Profile"), ["name"] = IssuerName },
            ["related"] = new JsonArray(level.Titles.Keys.Where(c => c != "en").Order(StringComparer.Ordinal).Select(c => (JsonNode)new JsonObject
            {
                ["id"] = $"{AchievementUrl(level.Id)}?lang={c}", ["type"] = new JsonArray("Related"), ["inLanguage"] = c,
                ["name"] = level.TitleIn(c), ["description"] = level.SummaryIn(c),
            }).ToArray()),
        };
        if (withContext)
        {
            achievement["@context"] = Contexts();
        }
        return achievement;
    }

    /// <summary>
    /// The unsigned credential. The subject's id is a <c>urn:uuid:</c> made for this credential alone,
    /// and the recipient is the youth's pseudonym hashed with a salt of this credential alone: no name
    /// and no e-mail address ever goes into it, and two credentials of one youth share nothing.
    /// </summary>
    public JsonObject Credential(Guid id, Level level, string pseudonym, DateTime issuedUtc, IEnumerable<EvidenceItem> evidence)
    {
        var subjectId = $"urn:uuid:{Guid.NewGuid()}";
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new JsonObject
        {
            ["@context"] = Contexts(),
            ["id"] = CredentialUrl(id),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = IssuerUrl, ["type"] = new JsonArray("Profile"), ["name"] = IssuerName },
            ["name"] = $"{IssuerName}: {level.TitleIn("en")}",
            ["validFrom"] = issuedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subjectId,
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject", ["identityType"] = "identifier", ["hashed"] = true, ["salt"] = salt,
                    ["identityHash"] = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pseudonym + salt))),
                }),
                ["achievement"] = Achievement(level, withContext: false),
            },
            ["evidence"] = new JsonArray(evidence.Select(e => (JsonNode)new JsonObject
            {
                ["type"] = new JsonArray("Evidence"), ["name"] = e.ActivityTitle, ["narrative"] = e.Narrative,
            }).ToArray()),
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{StatusListUrl}#{id}", ["type"] = "1EdTechRevocationList", ["statusListCredential"] = StatusListUrl,
            },
        };
    }

    private static string Criteria(Level level) => level.PassPercent == 0
        ? "Complete every activity of the level: " + string.Join("; ", level.Activities.Select(a => a.TitleIn("en"))) + "."
        : $"Earn at least {level.PassPercent}% of the level's {level.TotalPoints} points: " + string.Join("; ", level.Activities.Select(a => $"{a.TitleIn("en")} ({a.Points})")) + ".";

    private static JsonArray Contexts() => new(CredentialsContext, OpenBadgesContext);
}
