using System.Net;
using Learning.Core.Audit;
using Learning.Core.Email;
using Learning.Web.Tests.Certificates;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Email;

/// <summary>
/// The e-mail template editor, on a template of the test's own that has English only, so that the
/// site's real templates, which other tests send, stay as the setup recipe left them.
/// </summary>
public abstract class EmailTemplateEditorTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static Dictionary<string, string> Template(string subject, string body) =>
        new() { ["Input.Subject"] = subject, ["Input.Body"] = body };

    private async Task<string> EnglishOnlyAsync()
    {
        var name = "editor-" + Guid.NewGuid().ToString("N")[..8];
        await site.WithDbAsync(db =>
        {
            db.Add(new EmailTemplate { Name = name, Culture = "en", Subject = "Hello {{ name }}", Body = "English text" });
            return db.SaveChangesAsync();
        });
        return name;
    }

    private Task<EmailTemplate?> StoredAsync(string name, string culture) =>
        site.WithDbAsync(db => db.Set<EmailTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Name == name && t.Culture == culture));

    [Fact]
    public async Task A_language_without_its_own_text_starts_from_the_english_one()
    {
        var name = await EnglishOnlyAsync();
        var client = await CertificateSite.AdministratorAsync(site);

        var page = await client.GetDocumentAsync($"/admin/settings/email/{name}/th");

        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.Equal("Hello {{ name }}", page.QuerySelector("input[name='Input.Subject']")!.GetAttribute("value"));
        Assert.Equal("English text", page.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Saving_a_new_translation_adds_it_and_the_audit_log_says_who()
    {
        var name = await EnglishOnlyAsync();
        var client = await CertificateSite.AdministratorAsync(site);

        var response = await client.SubmitAsync($"/admin/settings/email/{name}/th", Template("สวัสดี {{ name }}", "ข้อความภาษาไทย"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/settings/email", response.Headers.Location!.OriginalString);
        var stored = await StoredAsync(name, "th");
        Assert.Equal(("สวัสดี {{ name }}", "ข้อความภาษาไทย"), (stored!.Subject, stored.Body));
        Assert.Equal("English text", (await StoredAsync(name, "en"))!.Body);
        var entry = await site.WithDbAsync(db => db.Set<AuditEntry>().OrderByDescending(a => a.Id).FirstAsync(a => a.Action == "email-template.saved"));
        Assert.Equal((SiteFactory.AdminEmail, $"{name}/th"), (entry.Actor, entry.Subject));
    }

    [Fact]
    public async Task A_template_that_is_not_liquid_is_refused_and_nothing_is_saved()
    {
        var name = await EnglishOnlyAsync();
        var client = await CertificateSite.AdministratorAsync(site);

        var response = await client.SubmitAsync($"/admin/settings/email/{name}/en", Template("Hello", "{% if name %} never closed"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a valid Liquid template", string.Concat(Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll(".errors").Select(e => e.TextContent)));
        Assert.Equal("English text", (await StoredAsync(name, "en"))!.Body);
    }
}

public sealed class SqliteEmailTemplateEditorTests(SqliteSite site) : EmailTemplateEditorTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresEmailTemplateEditorTests(PostgresSite site) : EmailTemplateEditorTests<PostgresSite>(site);
