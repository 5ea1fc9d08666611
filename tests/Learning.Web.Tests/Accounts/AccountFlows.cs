using System.Text.RegularExpressions;
using Learning.Core.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Accounts;

/// <summary>The account journeys as a person does them: forms, then the link in the e-mail.</summary>
public static partial class AccountFlows
{
    public const string Password = "Sea-turtle-2026";

    [GeneratedRegex(@"https?://[^\s)>\]]+/account/(confirm-email|reset-password)\?[^\s)>\]]+")]
    private static partial Regex AccountLink();

    public static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string culture = "en", string displayName = "Test learner") =>
        await client.SubmitAsync($"/{culture}/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });

    public static async Task RegisterConfirmedAsync(SiteFactory site, HttpClient client, string email, string displayName = "Test learner")
    {
        await RegisterAsync(client, email, displayName: displayName);
        var confirm = await client.GetAsync(await DeliveredLinkAsync(site, email, "confirm-email"));
        Assert.Equal(System.Net.HttpStatusCode.OK, confirm.StatusCode);
        await client.SignInAsync(email, Password);
    }

    /// <summary>Delivers the outbox to the pickup folder and returns the path and query of the account link sent to the address.</summary>
    public static async Task<string> DeliveredLinkAsync(SiteFactory site, string email, string page)
    {
        await site.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync());
        // The site's own job may have claimed the message first; give it the time to finish writing.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var link = MessagesTo(site, email).Select(m => AccountLink().Match(m.TextBody ?? ""))
                .Where(m => m.Success && m.Groups[1].Value == page).Select(m => new Uri(m.Value)).LastOrDefault();
            if (link is not null)
            {
                return link.PathAndQuery;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"no {page} link was sent to {email}");
    }

    /// <summary>What the site sent to an address: at the SMTP server when it has one, otherwise in the pickup folders of its nodes.</summary>
    public static List<MimeMessage> MessagesTo(SiteFactory site, string email)
    {
        IEnumerable<string> folders = site.Settings.ContainsKey("Learning:Smtp:Host") ? [TestEnvironment.SmtpMaildir] : site.PickupFolders;
        return folders.Where(Directory.Exists).SelectMany(folder => Directory.GetFiles(folder, "*.eml"))
            .Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();
    }
}
