using System.Net;
using AngleSharp.Html.Dom;
using Learning.Core.Audit;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Courses.Authoring;

/// <summary>What a course editor does in the tests: sign in as the administrator and fill in the editors' forms.</summary>
public static class Editors
{
    public static async Task<HttpClient> AdministratorAsync(SiteFactory site)
    {
        var client = site.Browser();
        await client.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        return client;
    }

    /// <summary>Submits the page's main form and expects the redirect of a saved form; returns where it leads.</summary>
    public static async Task<string> SaveAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var response = await client.SubmitAsync(url, fields, handler: handler);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {response.StatusCode}\n{(body.Length > 3000 ? body[..3000] : body)}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Submits the page's main form and expects it back with its errors; returns the page.</summary>
    public static async Task<IHtmlDocument> RefusedAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? handler = null, string formSelector = "main form[method=post]")
    {
        var response = await client.SubmitAsync(url, fields, formSelector, handler);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text a person reads on the page, entities decoded.</summary>
    public static string Text(this IHtmlDocument page) => page.Body!.TextContent;

    /// <summary>The id at the end of an editor's address, e.g. the unit of /admin/courses/edition/e/unit/e-u1.</summary>
    public static string IdIn(string location) => Uri.UnescapeDataString(location.Split('#')[0].TrimEnd('/').Split('/')[^1]);

    public static Task<int> AuditCountAsync(SiteFactory site) => site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

    public static Task<List<AuditEntry>> AuditOfAsync(SiteFactory site, string subject) =>
        site.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync());
}
