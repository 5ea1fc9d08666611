using System.Net;
using Learning.Certificates.Issuing;
using Learning.Core.Audit;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Learning.Web.Tests.Certificates;

public abstract class CertificateWordingTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private const string Edit = "/admin/certificates/templates/completion/fr";

    private static Dictionary<string, string> Wording(string body) => new() { ["Input.Body"] = body };

    private Task<string?> StoredAsync(string culture) =>
        site.WithDbAsync(db => db.Set<CertificateTemplate>().Where(t => t.Name == CertificateTemplate.Completion && t.Culture == culture).Select(t => t.Body).FirstOrDefaultAsync());

    [Fact]
    public async Task The_list_shows_the_ten_languages_of_each_template()
    {
        var client = await CertificateSite.AdministratorAsync(site);

        var page = await client.GetDocumentAsync("/admin/certificates/templates");

        // Other modules add templates of their own (the training certificates); each row must have all ten.
        var rows = page.QuerySelectorAll("tr").Where(r => r.QuerySelector("td a.badge") is not null).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var badges = row.QuerySelectorAll("td a.badge").Select(a => a.TextContent.Trim()).ToList();
            Assert.Equal(["ar", "en", "es", "fr", "id", "pt", "ru", "th", "vi", "zh-Hans"], badges.Order(StringComparer.Ordinal));
        }
        Assert.Contains(page.QuerySelectorAll("td a.badge"), a => a.TextContent.Trim() == "fr" && a.GetAttribute("href") == Edit);
    }

    [Fact]
    public async Task A_saved_wording_is_stored_and_the_audit_log_says_who_changed_what()
    {
        var client = await CertificateSite.AdministratorAsync(site);
        const string body = "Attestation de réussite\nNous attestons que\na terminé avec succès\nLe {{ date }}\nVérifiez cette attestation sur\n";

        var response = await client.SubmitAsync(Edit, Wording(body));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(body, await StoredAsync("fr"));
        var entry = await site.WithDbAsync(db => db.Set<AuditEntry>().OrderByDescending(a => a.Id).FirstAsync(a => a.Action == "certificate-template.saved"));
        Assert.Equal((SiteFactory.AdminEmail, "completion/fr", body), (entry.Actor, entry.Subject, entry.Detail));
    }

    [Theory]
    [InlineData("Titre\n{% if name %}\nfin\nLe {{ date }}\nVérifiez\n", "not a valid Liquid template")]
    [InlineData("Titre\nseulement deux lignes\n", "must render to 5 non-empty lines")]
    [InlineData("", "Enter the wording.")]
    public async Task A_wording_that_cannot_be_printed_is_refused_and_nothing_is_saved(string body, string message)
    {
        var client = await CertificateSite.AdministratorAsync(site);
        var before = await StoredAsync("es");
        var audited = await site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        var response = await client.SubmitAsync("/admin/certificates/templates/completion/es", Wording(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".errors")!.TextContent);
        Assert.Equal(before, await StoredAsync("es"));
        Assert.Equal(audited, await site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task The_preview_prints_the_unsaved_wording_as_a_pdf_and_saves_nothing()
    {
        var client = await CertificateSite.AdministratorAsync(site);
        var before = await StoredAsync("vi");
        const string body = "Preview heading\nThis is to certify that\nhas completed\nIssued on {{ date }}\nVerify at\n";

        var response = await client.SubmitAsync("/admin/certificates/templates/completion/vi", Wording(body), handler: "Preview");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Preview", string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)));
        Assert.Equal(before, await StoredAsync("vi"));
    }

    [Theory]
    [InlineData("/admin/certificates/templates/completion/xx")]
    [InlineData("/admin/certificates/templates/no-such-template/fr")]
    public async Task An_unknown_template_or_language_is_a_404(string url)
    {
        var client = await CertificateSite.AdministratorAsync(site);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}

public sealed class SqliteCertificateWordingTests(SqliteSite site) : CertificateWordingTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCertificateWordingTests(PostgresSite site) : CertificateWordingTests<PostgresSite>(site);
