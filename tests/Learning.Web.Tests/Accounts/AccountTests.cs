using System.Net;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Accounts;

public abstract class AccountTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task Register_confirm_by_email_sign_in_and_sign_out()
    {
        var client = site.Browser();
        await AccountFlows.RegisterAsync(client, "marina@example.org", "fr");
        var unconfirmed = await client.SubmitAsync("/fr/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "marina@example.org", ["Input.Password"] = AccountFlows.Password });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);

        var link = await AccountFlows.DeliveredLinkAsync(site, "marina@example.org", "confirm-email");
        Assert.StartsWith("/fr/account/confirm-email", link);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        await client.SignInAsync("marina@example.org", AccountFlows.Password);
        var signedIn = await client.GetDocumentAsync("/fr/");
        Assert.NotNull(signedIn.QuerySelector(".account-links form[action='/fr/account/sign-out']"));

        var signOut = await client.SubmitAsync("/fr/", new Dictionary<string, string>(), ".account-links form");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/fr/")).QuerySelector(".account-links a[href='/fr/account/sign-in']"));
    }

    [Fact]
    public async Task The_confirmation_email_is_in_the_language_of_the_registration()
    {
        await AccountFlows.RegisterAsync(site.Browser(), "hoa@example.org", "vi");
        await AccountFlows.DeliveredLinkAsync(site, "hoa@example.org", "confirm-email");

        var message = Assert.Single(AccountFlows.MessagesTo(site, "hoa@example.org"));
        Assert.Equal("Xác nhận địa chỉ email của bạn", message.Subject);
        Assert.Equal("vi", message.Body!.Headers["Content-Language"]);
    }

    [Fact]
    public async Task Reset_password_by_email()
    {
        var client = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, client, "reset@example.org");

        await site.Browser().SubmitAsync("/en/account/forgot-password", new Dictionary<string, string> { ["Email"] = "reset@example.org" });
        var link = await AccountFlows.DeliveredLinkAsync(site, "reset@example.org", "reset-password");
        var fresh = site.Browser();
        var reset = await fresh.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "A-brand-new-password" });

        var done = Infrastructure.Pages.Parse(await reset.Content.ReadAsStringAsync());
        Assert.True(done.QuerySelector("main p.notice[role=status]") is not null, done.QuerySelector("main")?.TextContent);
        await fresh.SignInAsync("reset@example.org", "A-brand-new-password");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await AccountFlows.RegisterConfirmedAsync(site, site.Browser(), "locked@example.org");
        var client = site.Browser();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/en/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "locked@example.org", ["Input.Password"] = "wrong-password-" + i });
        }

        var withRightPassword = await client.SubmitAsync("/en/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "locked@example.org", ["Input.Password"] = AccountFlows.Password });

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("locked", await withRightPassword.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Registration_errors_are_shown_in_the_users_language_and_nothing_is_created()
    {
        var response = await site.Browser().SubmitAsync("/es/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "", ["Input.Email"] = "not-an-address", ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "other",
        });
        var page = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Escriba su nombre.", page.QuerySelector("[data-valmsg-for='Input.DisplayName']")!.TextContent.Trim());
        Assert.Empty(AccountFlows.MessagesTo(site, "not-an-address"));
    }
}

public sealed class SqliteAccountTests(SqliteSite site) : AccountTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresAccountTests(PostgresSite site) : AccountTests<PostgresSite>(site);
