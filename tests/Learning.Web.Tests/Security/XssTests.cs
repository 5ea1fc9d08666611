using System.Net;
using Learning.Core.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Types every payload of <see cref="XssPayloads"/> into every free-text field of every form any
/// caller can reach, then reads every page, download and queued e-mail as every caller, and the
/// answers to addresses whose query and route carry payloads: a payload may show as text only.
/// artifacts/xss-report.txt lists each field and where its text came back.
/// </summary>
[Trait("Category", "Security")]
public sealed class XssTests(SqliteSite site, ITestOutputHelper output) : IClassFixture<SqliteSite>
{
    // What a site with every module must at least offer; fewer means the crawl stopped reaching forms.
    private const int MinimumFormsPosted = 25;
    private const int MinimumFieldsPosted = 100;
    private const int MinimumFieldsShownAgain = 15;

    private static readonly string[] ReflectedParameters =
        ["q", "search", "query", "filter", "returnUrl", "ReturnUrl", "culture", "error", "message", "status", "country", "level", "page", "email", "code", "language"];

    private readonly XssLedger ledger = new();
    private readonly List<string> violations = [];

    [Fact]
    public async Task Every_text_field_and_address_shows_payloads_only_as_text()
    {
        var callers = await SignedInCaller.AllAsync(site);
        var posted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var caller in callers)
        {
            var found = await SiteForms.DiscoverAsync(site.Services, caller.Client);
            foreach (var form in found.Forms.Where(f => f.Fields.Any(x => x.IsText) && posted.Add(f.ToString())))
            {
                await PostPayloadsAsync(caller, form);
            }
        }
        foreach (var caller in callers)
        {
            await ReadEverythingAsync(caller);
            await ReadAuditLogAsync(caller);
        }
        await ReadOutboxAsync();
        await ReflectAsync(callers.First(c => c.Name == "anonymous"));
        await ReflectAsync(callers.First(c => c.Name == "administrator"));

        var report = ledger.Report(posted.Count);
        Directory.CreateDirectory(TestEnvironment.Artifacts);
        File.WriteAllText(Path.Combine(TestEnvironment.Artifacts, "xss-report.txt"), report + "\nViolations:\n" + string.Join("\n", violations.Distinct()) + "\n");
        output.WriteLine(report.Split('\n')[0]);
        Assert.Empty(violations.Distinct().Take(60));
        Assert.True(ledger.Forms >= MinimumFormsPosted, $"only {ledger.Forms} forms took payloads");
        Assert.True(ledger.Fields >= MinimumFieldsPosted, $"only {ledger.Fields} fields took payloads");
        Assert.True(ledger.FieldsShownAgain >= MinimumFieldsShownAgain, $"only {ledger.FieldsShownAgain} fields came back on a page, download or e-mail");
    }

    /// <summary>
    /// Every payload in all the form's text fields at once, then each field alone with plain text in
    /// the others, so that a form refusing one field's payload still stores the rest.
    /// </summary>
    private async Task PostPayloadsAsync(SignedInCaller caller, SiteForms.Form form)
    {
        var texts = form.Fields.Where(f => f.IsText).ToList();
        for (var round = 0; round < XssPayloads.Count + texts.Count; round++)
        {
            var payload = round;
            var alone = round >= XssPayloads.Count ? texts[round - XssPayloads.Count] : null;
            var values = SiteForms.Fill(form, field => alone is null || alone == field ? XssPayloads.With(payload, ledger.Mark(caller.Name, form, field)) : Plain(field));
            using var response = await SiteForms.PostAsync(caller.Client, form, values);
            ledger.Posted(form, (int)response.StatusCode);
            var where = $"POST {form.Action} as {caller.Name} → {(int)response.StatusCode}";
            await InspectAsync(response, where, reflected: true);
            if (response.Headers.Location is { } to && SiteForms.Follows(to.OriginalString))
            {
                using var next = await caller.Client.GetAsync(to.OriginalString);
                await InspectAsync(next, $"{where} → GET {to}", reflected: true);
            }
        }
    }

    private static string Plain(SiteForms.Field field) => field.Value != "" ? field.Value : field.Type == "url" ? "https://example.org/" : $"Plain text {Guid.NewGuid():N}"[..20];

    private async Task ReadEverythingAsync(SignedInCaller caller)
    {
        var found = await SiteForms.DiscoverAsync(site.Services, caller.Client, maxPages: 220, read: (url, page) =>
        {
            ledger.Seen(page.DocumentElement.OuterHtml, $"page {url}");
            violations.AddRange(XssPayloads.Violations(page).Select(v => $"GET {url} as {caller.Name}: {v}"));
        });
        foreach (var download in found.Downloads)
        {
            ledger.Seen(XssDownloads.Text(download), $"download {download.Url}");
            violations.AddRange(XssDownloads.Violations(download).Select(v => $"GET {download.Url} as {caller.Name}: {v}"));
        }
    }

    /// <summary>
    /// The audit log shows the text of every change, newest first, so a field typed early lands on a
    /// page the crawl's few pages of one list would not reach: every page of it is read.
    /// </summary>
    private async Task ReadAuditLogAsync(SignedInCaller caller)
    {
        var first = await caller.Client.GetAsync("/admin/audit");
        if (first.StatusCode != HttpStatusCode.OK || first.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }
        var page = Infrastructure.Pages.Parse(await first.Content.ReadAsStringAsync());
        var last = page.QuerySelectorAll("nav.pager a").Select(a => int.TryParse(a.TextContent, out var n) ? n : 1).DefaultIfEmpty(1).Max();
        for (var number = 2; number <= last; number++)
        {
            var url = $"/admin/audit?p={number}";
            var next = Infrastructure.Pages.Parse(await caller.Client.GetStringAsync(url));
            ledger.Seen(next.DocumentElement.OuterHtml, $"page {url}");
            violations.AddRange(XssPayloads.Violations(next).Select(v => $"GET {url} as {caller.Name}: {v}"));
        }
    }

    private async Task ReadOutboxAsync()
    {
        var messages = await site.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
        foreach (var message in messages)
        {
            var where = $"e-mail to {message.To} '{message.Subject[..Math.Min(40, message.Subject.Length)]}'";
            ledger.Seen(message.Subject + message.TextBody + message.HtmlBody, where);
            violations.AddRange(XssPayloads.Violations(Infrastructure.Pages.Parse(message.HtmlBody)).Select(v => $"{where}: {v}"));
            if (XssPayloads.EvaluatedIn(message.Subject + message.TextBody))
            {
                violations.Add($"{where}: a Liquid payload was evaluated");
            }
        }
    }

    /// <summary>Each page again, with payloads in every usual query parameter and in its last route value.</summary>
    private async Task ReflectAsync(SignedInCaller caller)
    {
        var found = await SiteForms.DiscoverAsync(site.Services, caller.Client, maxPages: 80);
        foreach (var page in found.Pages)
        {
            var path = page.Split('?')[0];
            for (var payload = 0; payload < XssPayloads.Count; payload += 4)
            {
                var query = string.Join("&", ReflectedParameters.Select(p => $"{p}={Uri.EscapeDataString(XssPayloads.With(payload, ledger.MarkAddress(caller.Name, path, p)))}"));
                var routed = path.TrimEnd('/').Contains('/') ? path[..path.TrimEnd('/').LastIndexOf('/')] + "/" + Uri.EscapeDataString(XssPayloads.With(payload, ledger.MarkAddress(caller.Name, path, "route"))) : path;
                foreach (var url in new[] { $"{page}{(page.Contains('?') ? '&' : '?')}{query}", routed })
                {
                    using var response = await caller.Client.GetAsync(url);
                    await InspectAsync(response, $"GET {url[..Math.Min(160, url.Length)]} as {caller.Name} → {(int)response.StatusCode}", reflected: true);
                }
            }
        }
    }

    private async Task InspectAsync(HttpResponseMessage response, string where, bool reflected)
    {
        if (response.Headers.Location is { } to && (XssPayloads.RunsAsUrl(to.OriginalString) || (to.IsAbsoluteUri && to.Host != "localhost")))
        {
            violations.Add($"{where}: redirects to '{to}'");
        }
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }
        var html = await response.Content.ReadAsStringAsync();
        ledger.Seen(html, reflected ? "answer" : where);
        violations.AddRange(XssPayloads.Violations(Infrastructure.Pages.Parse(html)).Select(v => $"{where}: {v}"));
    }
}
