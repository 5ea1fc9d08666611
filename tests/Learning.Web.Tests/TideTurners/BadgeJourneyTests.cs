using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Learning.TideTurners.Badges;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.TideTurners;

/// <summary>
/// The journey as new users make it in the browser: a leader's group of three youths without e-mail,
/// Entry recorded and submitted, a coordinator's batch approval, and a signed credential for each.
/// </summary>
public abstract class BadgeJourneyTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static readonly string[] Nicknames = ["Amani", "Wanjiru", "Otieno"];

    private async Task<List<Badge>> ApprovedGroupAsync(string name) => (await ChallengeSite.ApprovedGroupAsync(site, name, Nicknames)).Badges;

    private static JsonObject Payload(string jwt) =>
        JsonNode.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[1].Replace('-', '+').Replace('_', '/'))))!.AsObject();

    private static string Pad(string s) => s + new string('=', (4 - s.Length % 4) % 4);

    private async Task<JsonObject> VerifyAsync(string jwt)
    {
        var response = await site.Browser().PostAsync("/openbadges/verify", new StringContent(jwt, Encoding.ASCII, "text/plain"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task Three_youths_without_email_get_signed_open_badges_credentials_that_verify()
    {
        var badges = await ApprovedGroupAsync("Nairobi Sea Scouts");

        Assert.Equal(3, badges.Count);
        Assert.Equal(0, await site.WithDbAsync(db => db.Users.CountAsync(u => u.DisplayName == "Amani" || u.Email!.Contains("amani"))));
        foreach (var badge in badges)
        {
            var credential = Payload(badge.Jwt);
            Assert.Equal([OpenBadgeDocuments.CredentialsContext, OpenBadgeDocuments.OpenBadgesContext], credential["@context"]!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.Contains("OpenBadgeCredential", credential["type"]!.AsArray().Select(t => t!.GetValue<string>()));
            Assert.NotNull(credential["validFrom"]);
            Assert.StartsWith("sha256$", credential["credentialSubject"]!["identifier"]![0]!["identityHash"]!.GetValue<string>());
            Assert.NotEmpty(credential["evidence"]!.AsArray());
            Assert.DoesNotContain(Nicknames, n => badge.Jwt.Contains(n) || credential.ToJsonString().Contains(n));
            Assert.Equal("RS256", JsonNode.Parse(Convert.FromBase64String(Pad(badge.Jwt.Split('.')[0].Replace('-', '+').Replace('_', '/'))))!["alg"]!.GetValue<string>());

            Assert.True((await VerifyAsync(badge.Jwt))["verified"]!.GetValue<bool>());
            var byId = JsonNode.Parse(await site.Browser().GetStringAsync($"/openbadges/credentials/{badge.Id}"))!;
            Assert.Equal("valid", byId["status"]!.GetValue<string>());
        }
        var page = await site.Browser().GetDocumentAsync($"/en/tide-turners/badges/{badges[0].Id}");
        Assert.Contains("This badge is valid.", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(Nicknames, n => page.QuerySelector("main")!.TextContent.Contains(n));
    }

    [Fact]
    public async Task A_youths_certificate_verifies_without_showing_their_name()
    {
        await ApprovedGroupAsync("Kisumu Junior Achievers");
        var codes = await site.WithDbAsync(db => db.Set<Learning.Certificates.Issuing.Certificate>().AsNoTracking()
            .Where(c => c.Programme == BadgeIssuer.Programme).Select(c => c.Code).ToListAsync());

        Assert.NotEmpty(codes);
        foreach (var code in codes)
        {
            var main = (await site.Browser().GetDocumentAsync($"/en/verify/{code}")).QuerySelector("main")!.TextContent;
            Assert.Contains("This certificate is valid.", main);
            Assert.Contains("Not shown: the holder is a young participant.", main);
            Assert.DoesNotContain(Nicknames, n => main.Contains(n));
        }
    }

    [Fact]
    public async Task A_tampered_credential_fails_and_a_revoked_one_shows_the_reason()
    {
        var badge = (await ApprovedGroupAsync("Mombasa Guides"))[0];
        var bytes = badge.Jwt.ToCharArray();
        var at = badge.Jwt.IndexOf('.') + 20;
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';

        var tampered = await VerifyAsync(new string(bytes));

        Assert.False(tampered["verified"]!.GetValue<bool>());
        Assert.Equal("badsignature", tampered["status"]!.GetValue<string>());

        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var revoked = await admin.SubmitAsync("/admin/tide-turners", new Dictionary<string, string>
        {
            ["badge"] = badge.Id.ToString(), ["reason"] = "Activities were recorded for the wrong group",
        }, "form#revoke");
        Assert.Contains("The badge is revoked.", await revoked.Content.ReadAsStringAsync());

        var verified = await VerifyAsync(badge.Jwt);
        Assert.Equal(("revoked", "Activities were recorded for the wrong group"), (verified["status"]!.GetValue<string>(), verified["revocationReason"]!.GetValue<string>()));
        var page = await site.Browser().GetDocumentAsync($"/en/tide-turners/badges/{badge.Id}");
        Assert.Contains("Activities were recorded for the wrong group", page.QuerySelector("main")!.TextContent);
        Assert.Contains(badge.Id.ToString(), await site.Browser().GetStringAsync("/openbadges/status"));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("not-a-credential")]
    public async Task A_forged_credential_id_is_a_404_that_says_so_never_a_500(string id)
    {
        var api = await site.Browser().GetAsync($"/openbadges/credentials/{id}");
        var page = await site.Browser().GetDocumentAsync($"/en/tide-turners/badges/{id}", HttpStatusCode.NotFound);
        var garbage = await VerifyAsync("eyJhbGciOiJub25lIn0.e30.");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("No badge has this id.", page.QuerySelector("main")!.TextContent);
        Assert.Equal("badsignature", garbage["status"]!.GetValue<string>());
    }
}

public sealed class SqliteBadgeJourneyTests(SqliteSite site) : BadgeJourneyTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresBadgeJourneyTests(PostgresSite site) : BadgeJourneyTests<PostgresSite>(site);
