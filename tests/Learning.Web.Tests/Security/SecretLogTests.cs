using System.Net;
using System.Text;
using System.Web;
using Learning.Core.Email;
using Learning.Web.Features.Accounts;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.CleanSeas;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Real flows run on a site that logs everything down to Debug; no log line, scope or logged
/// exception may hold a password, an account token, an antiforgery or sign-in cookie, or a youth's name.
/// </summary>
[Trait("Category", "Security")]
public sealed class SecretLogTests(LoggedSite site) : IClassFixture<LoggedSite>
{
    private readonly List<(string What, string Value)> secrets = [];

    [Fact]
    public async Task Passwords_tokens_cookies_and_youths_names_never_reach_the_logs()
    {
        await AccountsAsync($"log-{Guid.NewGuid():N}@example.org");
        await YouthsAsync();
        await CleanSeasFlows.ApplyAsync(site, "GH");

        Assert.True(site.Logs.Lines.Count > 100, $"only {site.Logs.Lines.Count} log lines were captured");
        AssertNotLogged(site.Logs, secrets);
    }

    [Fact]
    public async Task A_refused_SMTP_password_is_not_logged_with_the_failure()
    {
        using var smtp = new RefusingSmtpServer();
        var smtpWord = "Smtp-" + Guid.NewGuid().ToString("N");
        await using var mailing = new LoggedSite();
        mailing.Settings["Learning:Smtp:Host"] = "127.0.0.1";
        mailing.Settings["Learning:Smtp:Port"] = smtp.Port.ToString();
        mailing.Settings["Learning:Smtp:UserName"] = "mailer@learning.local";
        mailing.Settings["Learning:Smtp:Password"] = smtpWord;

        await AccountFlows.RegisterAsync(mailing.Browser(), $"smtp-{Guid.NewGuid():N}@example.org");
        // The site's own job may hold the message; its attempt counts as well.
        for (var wait = 0; wait < 60 && !mailing.Logs.Lines.Any(FailureLogged); wait++)
        {
            await mailing.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync());
            await Task.Delay(250);
        }

        Assert.True(smtp.Refused > 0, "the site never tried its password");
        Assert.Contains(mailing.Logs.Lines, FailureLogged);
        var plain = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0mailer@learning.local\0{smtpWord}"));
        AssertNotLogged(mailing.Logs, [("SMTP password", smtpWord), ("SMTP AUTH PLAIN", plain), ("SMTP AUTH LOGIN", Convert.ToBase64String(Encoding.UTF8.GetBytes(smtpWord)))]);
    }

    private static bool FailureLogged(string line) => line.StartsWith("Warning Learning.Core.Email.OutboxDispatcher", StringComparison.Ordinal);

    private async Task AccountsAsync(string email)
    {
        var client = site.Browser();
        await KeepAsync(await client.GetAsync("/en/account/register"));
        await KeepAsync(await AccountFlows.RegisterAsync(client, email));
        secrets.Add(("password", AccountFlows.Password));
        var confirm = await AccountFlows.DeliveredLinkAsync(site, email, "confirm-email");
        KeepToken("e-mail confirmation token", confirm);
        await KeepAsync(await client.GetAsync(confirm));
        var wrong = "Wrong-guess-" + Guid.NewGuid().ToString("N")[..10];
        secrets.Add(("wrong password", wrong));
        await KeepAsync(await client.SubmitAsync("/en/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = wrong }));
        var signedIn = await client.SubmitAsync("/en/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = AccountFlows.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await KeepAsync(signedIn);
        await KeepAsync(await site.Browser().SubmitAsync("/en/account/forgot-password", new Dictionary<string, string> { ["Email"] = email }));
        var reset = await AccountFlows.DeliveredLinkAsync(site, email, "reset-password");
        KeepToken("password reset token", reset);
        var fresh = "Fresh-tide-" + Guid.NewGuid().ToString("N")[..10];
        secrets.Add(("new password", fresh));
        var resetClient = site.Browser();
        await KeepAsync(await resetClient.GetAsync(reset));
        await KeepAsync(await resetClient.SubmitAsync(reset, new Dictionary<string, string> { ["Password"] = fresh }));
        await resetClient.SignInAsync(email, fresh);
    }

    private async Task YouthsAsync()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Logged group");
        var names = Enumerable.Range(0, 3).Select(_ => "Nyokabi" + Guid.NewGuid().ToString("N")[..8]).ToList();
        secrets.AddRange(names.Select(n => ("youth's nickname", n)));
        await ChallengeSite.AddYouthAsync(leader, group, names[0]);
        var roster = $"nickname,age_band,consent,language\n{names[1]},under-13,yes,id\n{names[2]},16+,no,en\n";
        var imported = await ChallengeSite.UploadRosterAsync(leader, group, Encoding.UTF8.GetBytes(roster));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ChallengeSite.RecordAllAsync(leader, group, "entry")).StatusCode);
        var refused = await ChallengeSite.UploadRosterAsync(leader, group,
            Encoding.UTF8.GetBytes($"nickname,age_band,consent,language\n{names[0]} Kamau,13-15,maybe,en\n"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    /// <summary>The values of the cookies the response sets and of the antiforgery tokens in its forms.</summary>
    private async Task KeepAsync(HttpResponseMessage response)
    {
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var value = cookie.Split(';')[0].Split('=', 2)[1];
            if (value.Length >= 16)
            {
                secrets.Add(($"cookie {cookie.Split('=')[0]}", value));
            }
        }
        var html = await response.Content.ReadAsStringAsync();
        foreach (var input in Infrastructure.Pages.Parse(html).QuerySelectorAll("input[name=__RequestVerificationToken]"))
        {
            secrets.Add(("antiforgery token", input.GetAttribute("value")!));
        }
    }

    private void KeepToken(string what, string link)
    {
        var code = HttpUtility.ParseQueryString(new Uri("http://site" + link).Query)["code"]!;
        secrets.Add((what, code));
        secrets.Add((what + " (decoded)", AccountMail.DecodeToken(code)!));
        secrets.Add((what + " (in the address)", link.Split("code=")[1].Split('&')[0]));
    }

    private static void AssertNotLogged(CapturedLogs logs, IEnumerable<(string What, string Value)> secrets)
    {
        var lines = logs.Lines.ToList();
        var leaks = secrets.Where(s => s.Value.Length > 0).Distinct()
            .SelectMany(s => lines.Where(l => l.Contains(s.Value, StringComparison.Ordinal)).Take(1).Select(l => $"{s.What} in: {(l.Length > 400 ? l[..400] : l)}"))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
