using System.Net;
using Learning.Certificates.Issuing;
using Learning.Core.Audit;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Certificates;

public abstract class CertificateRevocationTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static Dictionary<string, string> Reason(string reason) => new() { ["Reason"] = reason };

    private Task<Certificate> StoredAsync(string code) => site.WithDbAsync(db => db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.Code == code));

    [Fact]
    public async Task Revoking_takes_a_reason_and_a_confirmation_and_the_certificate_stays_listed_as_revoked()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "revoke", 1);
        var certificate = await CertificateSite.IssueAsync(site, run, 0);
        var client = await CertificateSite.AdministratorAsync(site);
        var details = $"/admin/certificates/{certificate.Code}";

        var asked = await client.SubmitAsync(details, Reason("Plagiarised final assignment"));
        var confirmation = Infrastructure.Pages.Parse(await asked.Content.ReadAsStringAsync());
        Assert.False((await StoredAsync(certificate.Code)).IsRevoked);
        var revoked = await client.SubmitAsync(confirmation, details, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var stored = await StoredAsync(certificate.Code);
        Assert.Equal(("Plagiarised final assignment", SiteFactory.AdminEmail), (stored.RevokedReason, stored.RevokedBy));
        var listed = await client.GetDocumentAsync("/admin/certificates?status=revoked");
        Assert.Contains(certificate.Code, listed.QuerySelector("main table")!.TextContent);
        var audit = await site.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.Action == "certificate.revoked" && a.Subject == certificate.Code));
        Assert.Equal(SiteFactory.AdminEmail, audit.Actor);
    }

    [Fact]
    public async Task The_public_verification_page_then_says_revoked_and_why()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "verify", 1);
        var certificate = await CertificateSite.IssueAsync(site, run, 0);
        var client = await CertificateSite.AdministratorAsync(site);
        var details = $"/admin/certificates/{certificate.Code}";
        var asked = Infrastructure.Pages.Parse(await (await client.SubmitAsync(details, Reason("Issued by mistake"))).Content.ReadAsStringAsync());
        await client.SubmitAsync(asked, details, new Dictionary<string, string>());

        var verified = await site.Browser().GetDocumentAsync($"/en/verify/{certificate.Code}");

        var text = verified.QuerySelector("main")!.TextContent;
        Assert.Contains("This certificate has been revoked.", text);
        Assert.Contains("Issued by mistake", text);
        Assert.Contains("Learner 0 of verify", text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_revocation_without_a_reason_is_refused_with_a_message(string reason)
    {
        var run = await CertificateSite.CompletedRunAsync(site, $"noreason{reason.Length}", 1);
        var certificate = await CertificateSite.IssueAsync(site, run, 0);
        var client = await CertificateSite.AdministratorAsync(site);
        var page = await client.GetDocumentAsync($"/admin/certificates/{certificate.Code}");

        var asked = await client.SubmitAsync(page, $"/admin/certificates/{certificate.Code}", Reason(reason));
        var direct = await client.PostWithTokenAsync($"/admin/certificates/{certificate.Code}", $"/admin/certificates/{certificate.Code}?handler=Revoke", Reason(reason));

        Assert.Contains("Give the reason", await asked.Content.ReadAsStringAsync());
        Assert.Contains("Give the reason", await direct.Content.ReadAsStringAsync());
        Assert.False((await StoredAsync(certificate.Code)).IsRevoked);
    }

    [Theory]
    [InlineData("/admin/certificates/ML-0000-0000-0000")]
    [InlineData("/admin/certificates/not-a-code")]
    [InlineData("/admin/certificates/not-a-code?handler=pdf")]
    [InlineData("/admin/certificates/reissue/999999")]
    [InlineData("/admin/certificates/reissue/999999?handler=status")]
    public async Task An_unknown_certificate_or_reissue_is_a_404(string url)
    {
        var client = await CertificateSite.AdministratorAsync(site);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Revoking_an_unknown_code_is_a_404_and_writes_nothing()
    {
        var client = await CertificateSite.AdministratorAsync(site);
        var audited = await site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        var response = await client.PostWithTokenAsync("/admin/certificates", "/admin/certificates/ML-0000-0000-0000?handler=Revoke", Reason("forged"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(audited, await site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task The_list_finds_certificates_by_code_holder_and_course()
    {
        var run = await CertificateSite.CompletedRunAsync(site, "search", 2);
        var first = await CertificateSite.IssueAsync(site, run, 0);
        await CertificateSite.IssueAsync(site, run, 1);
        var client = await CertificateSite.AdministratorAsync(site);

        async Task<List<string>> FoundAsync(string query) =>
            (await client.GetDocumentAsync($"/admin/certificates?q={Uri.EscapeDataString(query)}")).QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal([first.Code], await FoundAsync(first.Code.ToLowerInvariant().Replace("-", "")));
        Assert.Equal([first.Code], await FoundAsync("learner 0 of search"));
        Assert.Equal(2, (await FoundAsync("Course search")).Count);
        Assert.Empty(await FoundAsync("nobody by this name"));
    }
}

public sealed class SqliteCertificateRevocationTests(SqliteSite site) : CertificateRevocationTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCertificateRevocationTests(PostgresSite site) : CertificateRevocationTests<PostgresSite>(site);
