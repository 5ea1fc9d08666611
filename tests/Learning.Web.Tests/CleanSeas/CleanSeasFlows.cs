using System.Net;
using Learning.CleanSeas.Pledges;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.CleanSeas;

/// <summary>The Clean Seas steps as a focal point and a moderator do them in the browser.</summary>
public static class CleanSeasFlows
{
    public static readonly byte[] Letter = "%PDF-1.4\n% official letter\n%%EOF\n"u8.ToArray();

    /// <summary>Registers a focal point and applies for the country with a letter; returns the signed-in client and the pledge id.</summary>
    public static async Task<(HttpClient Client, string PledgeId)> ApplyAsync(SiteFactory site, string country, string culture = "en")
    {
        var client = site.Browser();
        var email = $"focal-{Guid.NewGuid():N}@example.org";
        await AccountFlows.RegisterConfirmedAsync(site, client, email);
        var response = await PostApplicationAsync(client, country, culture);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await site.WithDbAsync(db => db.Set<Pledge>().Where(p => p.ContactEmail == email).Select(p => p.Id).SingleAsync());
        return (client, id);
    }

    public static async Task<HttpResponseMessage> PostApplicationAsync(HttpClient client, string country, string culture)
    {
        // Someone who has applied already is sent on to their pledge; its forms carry a token as well.
        var apply = await client.GetAsync($"/{culture}/clean-seas/apply");
        var tokenPage = apply.StatusCode == HttpStatusCode.Redirect ? apply.Headers.Location!.OriginalString : $"/{culture}/clean-seas/apply";
        var page = await client.GetDocumentAsync(tokenPage);
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("government"), "Input.Kind" },
            { new StringContent(country), "Input.CountryCode" },
            { new StringContent("Director of the marine unit"), "Input.Note" },
            { new ByteArrayContent(Letter), "letter", "letter.pdf" },
        };
        return await client.PostAsync($"/{culture}/clean-seas/apply", form);
    }

    public static async Task<HttpClient> ModeratorAsync(SiteFactory site)
    {
        var moderator = site.Browser();
        await moderator.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        return moderator;
    }

    public static async Task VerifyAsync(HttpClient moderator, string pledgeId)
    {
        var response = await moderator.SubmitAsync("/admin/clean-seas", new Dictionary<string, string>(), $"tr[id='{pledgeId}'] form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Dictionary<string, string> Commitment(string title, string baselineDate = "2020-01-01", string targetDate = "2030-12-31") => new()
    {
        ["Input.Title"] = title, ["Input.Description"] = "Measured every year by the environment ministry.",
        ["Input.Category"] = "SingleUsePlasticsBan", ["Input.Baseline"] = "100", ["Input.Target"] = "10", ["Input.Unit"] = "tonnes a year",
        ["Input.BaselineDate"] = baselineDate, ["Input.TargetDate"] = targetDate, ["Input.Sdgs"] = "14.1", ["Input.Partners"] = "Coastal towns",
    };

    public static Task<HttpResponseMessage> AddCommitmentAsync(HttpClient client, Dictionary<string, string> fields, string culture = "en") =>
        client.SubmitAsync($"/{culture}/clean-seas/my-pledge", fields, "form#new-commitment");

    public static Task<HttpResponseMessage> ReviewAsync(HttpClient moderator, long id, string step, string comment = "") =>
        moderator.SubmitAsync($"/admin/clean-seas/commitments/{id}", new Dictionary<string, string> { ["step"] = step, ["comment"] = comment }, "form#review");

    /// <summary>A verified government whose one commitment the moderator has approved and published.</summary>
    public static async Task<(HttpClient Focal, string PledgeId, long CommitmentId)> PublishedCommitmentAsync(SiteFactory site, string country, string title)
    {
        var (focal, pledgeId) = await ApplyAsync(site, country);
        var moderator = await ModeratorAsync(site);
        await VerifyAsync(moderator, pledgeId);
        await AddCommitmentAsync(focal, Commitment(title));
        await focal.SubmitAsync("/en/clean-seas/my-pledge", new Dictionary<string, string>(), "form[action*='handler=Submit']");
        var id = (await CommitmentsAsync(site, pledgeId)).Single().Id;
        await ReviewAsync(moderator, id, "Approve");
        await ReviewAsync(moderator, id, "Publish");
        return (focal, pledgeId, id);
    }

    public static Task<List<Commitment>> CommitmentsAsync(SiteFactory site, string pledgeId) =>
        site.WithDbAsync(db => db.Set<Commitment>().AsNoTracking().Where(c => c.PledgeId == pledgeId).OrderBy(c => c.Id).ToListAsync());
}
