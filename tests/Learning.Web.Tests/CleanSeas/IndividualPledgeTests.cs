using System.Net;
using System.Text.RegularExpressions;
using Learning.CleanSeas.Individuals;
using Learning.CleanSeas.Progress;
using Learning.Core.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.CleanSeas;

/// <summary>
/// A person takes the Clean Seas pledge with the public form, confirms it from the e-mail in their
/// language and is counted once; refused input writes nothing; a forged or expired link gets a page
/// that says so; a name shows only when asked, an address never.
/// </summary>
public abstract partial class IndividualPledgeTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_person_pledges_in_Arabic_confirms_from_the_email_and_is_counted_once()
    {
        var email = Address();
        var client = site.Browser();
        var form = await client.GetDocumentAsync("/ar/clean-seas/pledge");
        Assert.Equal("rtl", form.DocumentElement.GetAttribute("dir"));
        var before = await CountedAsync();

        var taken = await client.SubmitAsync(form, "/ar/clean-seas/pledge", Fields(email, "Amira", show: true, "bags", "cleanup"));
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal("/ar/clean-seas/pledge?sent=true", taken.Headers.Location!.OriginalString);
        Assert.NotNull((await client.GetDocumentAsync("/ar/clean-seas/pledge?sent=true")).QuerySelector("#pledge-sent"));
        var mail = Assert.Single(await MailToAsync(email));
        Assert.Equal("ar", mail.Culture);
        Assert.Contains("البحار النظيفة", mail.Subject);
        Assert.Equal(before, await CountedAsync());

        var link = LinkIn(mail);
        var opened = await client.GetDocumentAsync(link);
        Assert.Equal(before, await CountedAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(opened, link, new Dictionary<string, string>())).StatusCode);
        Assert.NotNull((await client.GetDocumentAsync(link)).QuerySelector("#pledge-confirmed"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(opened, link, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(before + 1, await CountedAsync());

        var page = await site.Browser().GetDocumentAsync("/ar/clean-seas/pledge");
        Assert.Contains("Amira", page.QuerySelector(".recent-pledges")!.TextContent);
        Assert.DoesNotContain(email, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_second_pledge_from_the_same_address_replaces_the_first()
    {
        var email = Address();
        await PledgeAndConfirmAsync(email, "bags");
        await PledgeAndConfirmAsync(email, "straws", "microbeads");

        var kept = Assert.Single(await site.WithDbAsync(db => db.Set<IndividualPledge>().Where(p => p.Email == email).ToListAsync()));
        Assert.NotNull(kept.ConfirmedUtc);
        Assert.Equal(new[] { "straws", "microbeads" }, kept.Promises);
    }

    [Fact]
    public async Task Refused_pledges_say_why_in_the_readers_language_and_write_nothing()
    {
        var email = Address();
        var cases = new (Dictionary<string, string> Fields, string Error)[]
        {
            (Fields(email, "", show: false), "Choose at least one promise"),
            (Fields(email, "", show: false, "free-beer"), "Choose at least one promise"),
            (With(Fields(email, "", show: false, "bags"), "Input.CountryCode", "XX"), "Choose a country"),
            (Fields("not-an-address", "", show: false, "bags"), "Enter a valid e-mail address"),
            (Fields(email, "", show: true, "bags"), "To show your name"),
            (Fields(email, new string('n', IndividualPledges.MaxName + 1), show: false, "bags"), "To show your name"),
        };
        var client = site.Browser();
        foreach (var (fields, error) in cases)
        {
            var refused = await client.SubmitAsync("/en/clean-seas/pledge", fields);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(error, await refused.Content.ReadAsStringAsync());
        }
        var french = await client.SubmitAsync("/fr/clean-seas/pledge", Fields(email, "", show: false));
        Assert.Contains("Choisissez au moins un engagement", await french.Content.ReadAsStringAsync());

        Assert.Equal(0, await site.WithDbAsync(db => db.Set<IndividualPledge>().CountAsync(p => p.Email == email)));
        Assert.Empty(await MailToAsync(email));
    }

    [Fact]
    public async Task A_forged_or_expired_link_gets_a_page_that_says_so_and_the_expired_pledge_is_forgotten()
    {
        var client = site.Browser();
        var forged = await client.GetAsync("/en/clean-seas/pledge/confirm?token=forged-token");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("This link does not work", await forged.Content.ReadAsStringAsync());
        var posted = await client.PostWithTokenAsync("/en/clean-seas/pledge", "/en/clean-seas/pledge/confirm", new Dictionary<string, string> { ["token"] = "forged-token" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);

        var email = Address();
        await client.SubmitAsync("/en/clean-seas/pledge", Fields(email, "", show: false, "bags"));
        var link = LinkIn(Assert.Single(await MailToAsync(email)));
        await site.WithDbAsync(db => db.Set<IndividualPledge>().Where(p => p.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedUtc, DateTime.UtcNow.AddDays(-IndividualPledges.ConfirmDays - 1))));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link)).StatusCode);

        await site.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<CampaignDaily>().RunAsync(default);
            return 0;
        });
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<IndividualPledge>().CountAsync(p => p.Email == email)));
    }

    [Fact]
    public async Task A_name_shows_only_when_asked()
    {
        var hidden = $"Hidden{Guid.NewGuid():N}"[..20];
        await PledgeAndConfirmAsync(Address(), "bags", name: hidden, show: false);

        var page = await site.Browser().GetAsync("/en/clean-seas/pledge");
        Assert.DoesNotContain(hidden, await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_form_mails_one_address_at_most_three_times_a_day()
    {
        var email = Address();
        var client = site.Browser();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/en/clean-seas/pledge", Fields(email, "", show: false, "bags"))).StatusCode);
        }
        Assert.Equal(3, (await MailToAsync(email)).Count);
        Assert.Equal(3, await site.WithDbAsync(db => db.Set<IndividualPledge>().CountAsync(p => p.Email == email)));
    }

    private async Task PledgeAndConfirmAsync(string email, string promise, string? other = null, string name = "", bool show = false)
    {
        var client = site.Browser();
        var known = (await MailToAsync(email)).Select(m => m.Id).ToHashSet();
        string[] promises = other is null ? [promise] : [promise, other];
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/en/clean-seas/pledge", Fields(email, name, show, promises))).StatusCode);
        var link = LinkIn((await MailToAsync(email)).Single(m => !known.Contains(m.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(link, new Dictionary<string, string>())).StatusCode);
    }

    private static Dictionary<string, string> Fields(string email, string name, bool show, params string[] promises)
    {
        var fields = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Name"] = name, ["Input.CountryCode"] = "MU" };
        if (show)
        {
            fields["Input.ShowName"] = "true";
        }
        for (var i = 0; i < promises.Length; i++)
        {
            fields[$"Input.Promises[{i}]"] = promises[i];
        }
        return fields;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string key, string value)
    {
        fields[key] = value;
        return fields;
    }

    private static string Address() => $"pledger-{Guid.NewGuid():N}@example.org";

    private Task<int> CountedAsync() => site.WithDbAsync(db => db.Set<IndividualPledge>().CountAsync(p => p.ConfirmedUtc != null));

    private Task<List<OutboxMessage>> MailToAsync(string email) =>
        site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.To == email).OrderBy(m => m.CreatedUtc).ToListAsync());

    private static string LinkIn(OutboxMessage mail) => new Uri(ConfirmLink().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/clean-seas/pledge/confirm\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();
}

public sealed class SqliteIndividualPledgeTests(SqliteSite site) : IndividualPledgeTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresIndividualPledgeTests(PostgresSite site) : IndividualPledgeTests<PostgresSite>(site);
