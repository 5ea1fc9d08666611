using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Learning.TideTurners.Badges;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Interop;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.TideTurners;

/// <summary>
/// The credentials as software we did not write reads them: jose verifies the VC-JWT with the JWK its
/// kid dereferences to, and Ajv validates the credential and the issuer profile against the 1EdTech
/// JSON Schemas in shared/specs (Open Badges 3.0, "JSON Web Token Proof Format" and "Document formats").
/// </summary>
public abstract class OpenBadgesConformanceTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    /// <summary>The leader's download, checked the way an outside verifier would: every problem it finds, or none.</summary>
    private async Task<(ToolVerdict Verdict, string Kid)> OutsideVerifierAsync(HttpClient leader, Badge badge)
    {
        var download = await leader.GetAsync($"/en/tide-turners/youths/{badge.YouthId}?handler=credential&badge={badge.Id}&format=json");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
        var token = await download.Content.ReadAsStringAsync();
        var kid = Header(token)["kid"]!.GetValue<string>();
        var jwk = await site.Browser().GetStringAsync(new Uri(kid).PathAndQuery);
        var issuer = await site.Browser().GetStringAsync("/openbadges/issuer");
        var verdict = await OutsideTool.NodeAsync("open-badge.mjs",
            OutsideTool.FileFor("credential.jwt", token), OutsideTool.FileFor("key.jwk", jwk), OutsideTool.FileFor("issuer.json", issuer),
            Path.Combine(TestEnvironment.Specs, "openbadges-3.0"));
        return (verdict, kid);
    }

    private static JsonObject Header(string jwt) =>
        JsonNode.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[0].Replace('-', '+').Replace('_', '/'))))!.AsObject();

    private static string Pad(string s) => s + new string('=', (4 - s.Length % 4) % 4);

    [Fact]
    public async Task An_outside_verifier_accepts_each_credential_and_its_subject_is_a_pseudonymous_urn()
    {
        var (leader, _, badges) = await ChallengeSite.ApprovedGroupAsync(site, "Lamu Sea Rangers", ["Baraka", "Zawadi"]);

        var subjects = new List<string>();
        foreach (var badge in badges)
        {
            var (verdict, _) = await OutsideVerifierAsync(leader, badge);
            Assert.True(verdict.ExitCode == 0, verdict.ToString());
            var result = JsonNode.Parse(verdict.Output)!;
            Assert.Equal("JWT", result["header"]!["typ"]!.GetValue<string>());
            subjects.Add(result["subject"]!.GetValue<string>());
        }
        Assert.Equal(2, subjects.Distinct().Count());
        Assert.DoesNotContain(subjects, s => s.Contains("Baraka") || s.Contains("Zawadi"));
    }

    [Fact]
    public async Task The_issuer_profile_names_no_public_key_and_the_first_key_keeps_its_old_address()
    {
        var issuer = JsonNode.Parse(await site.Browser().GetStringAsync("/openbadges/issuer"))!.AsObject();
        var first = JsonNode.Parse(await site.Browser().GetStringAsync("/openbadges/issuer/key"))!.AsObject();
        var byId = JsonNode.Parse(await site.Browser().GetStringAsync($"/openbadges/issuer/keys/{SigningKeys.FirstKeyId}"))!.AsObject();

        Assert.False(issuer.ContainsKey("publicKey"));
        Assert.Equal(first["n"]!.GetValue<string>(), byId["n"]!.GetValue<string>());
        Assert.False(first.ContainsKey("d"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/openbadges/issuer/keys/key-999")).StatusCode);
    }

    [Fact]
    public async Task After_a_rotation_new_credentials_name_the_new_key_and_older_ones_still_verify()
    {
        var (leader, _, before) = await ChallengeSite.ApprovedGroupAsync(site, "Malindi Guides", ["Neema"]);
        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var refused = await admin.SubmitAsync("/admin/tide-turners", new Dictionary<string, string> { ["confirm"] = "yes" }, "form#rotate");
        Assert.Contains("Type rotate to confirm.", await refused.Content.ReadAsStringAsync());
        var rotated = await admin.SubmitAsync("/admin/tide-turners", new Dictionary<string, string> { ["confirm"] = "rotate" }, "form#rotate");
        Assert.Contains("New badges are now signed with a new key.", await rotated.Content.ReadAsStringAsync());

        var (leaderAfter, _, after) = await ChallengeSite.ApprovedGroupAsync(site, "Watamu Scouts", ["Imani"]);

        var (oldVerdict, oldKid) = await OutsideVerifierAsync(leader, before[0]);
        var (newVerdict, newKid) = await OutsideVerifierAsync(leaderAfter, after[0]);
        Assert.True(oldVerdict.ExitCode == 0, oldVerdict.ToString());
        Assert.True(newVerdict.ExitCode == 0, newVerdict.ToString());
        Assert.NotEqual(oldKid, newKid);
        foreach (var badge in before.Concat(after))
        {
            var ours = await site.Browser().PostAsync("/openbadges/verify", new StringContent(badge.Jwt, Encoding.ASCII, "text/plain"));
            Assert.True(JsonNode.Parse(await ours.Content.ReadAsStringAsync())!["verified"]!.GetValue<bool>());
        }
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<Learning.Core.Audit.AuditEntry>().CountAsync(a => a.Action == "tide-turners.signing-key.rotated")));
    }

    [Fact]
    public async Task No_private_key_is_stored_readable_and_a_key_stored_plain_by_an_earlier_version_is_protected_at_start()
    {
        await ChallengeSite.ApprovedGroupAsync(site, "Kilifi Juniors", ["Jabari"]);
        using var plain = System.Security.Cryptography.RSA.Create(2048);
        await site.WithDbAsync(async db =>
        {
            db.Add(new SigningKey { Id = "key-900", ProtectedPrivateKey = plain.ExportPkcs8PrivateKeyPem(), CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        await using var restarted = site.Restart();
        _ = restarted.Services;

        var stored = await restarted.WithDbAsync(db => db.Set<SigningKey>().AsNoTracking().Select(k => k.ProtectedPrivateKey).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, k => k.Contains("PRIVATE KEY") || k.Contains("BEGIN"));
        var jwk = JsonNode.Parse(await restarted.Browser().GetStringAsync("/openbadges/issuer/keys/key-900"))!;
        Assert.Equal(Convert.ToBase64String(plain.ExportParameters(false).Modulus!).TrimEnd('=').Replace('+', '-').Replace('/', '_'), jwk["n"]!.GetValue<string>());
    }
}

public sealed class SqliteOpenBadgesConformanceTests(SqliteSite site) : OpenBadgesConformanceTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresOpenBadgesConformanceTests(PostgresSite site) : OpenBadgesConformanceTests<PostgresSite>(site);
