using System.Net;
using System.Text.RegularExpressions;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Youths;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Learning.Web.Tests.TideTurners;

/// <summary>People of the challenge as a new site gets them: accounts registered in the browser, appointed by the administrator.</summary>
public static partial class ChallengeSite
{
    [GeneratedRegex(@"/tide-turners/groups/(\d+)")]
    private static partial Regex GroupAddress();

    public static async Task<HttpClient> AppointedAsync(SiteFactory site, string role, string organisation = "wosm", string country = "KE")
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var client = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, client, email);
        await AppointAsync(site, email, role, organisation, country);
        return client;
    }

    /// <summary>The administrator appoints someone with an account as a leader or coordinator.</summary>
    public static async Task AppointAsync(SiteFactory site, string email, string role, string organisation = "wosm", string country = "KE")
    {
        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var appointed = await admin.SubmitAsync("/admin/tide-turners", new Dictionary<string, string>
        {
            ["email"] = email, ["role"] = role, ["organisation"] = organisation, ["country"] = country,
        }, "form#appoint");
        Assert.Contains("Appointed.", await appointed.Content.ReadAsStringAsync());
    }

    public static async Task<long> CreateGroupAsync(HttpClient leader, string name)
    {
        var page = await leader.GetDocumentAsync("/en/tide-turners/groups");
        var appointment = page.QuerySelector("select#appointment option")!.GetAttribute("value")!;
        var created = await leader.SubmitAsync(page, "/en/tide-turners/groups", new Dictionary<string, string> { ["name"] = name, ["appointment"] = appointment });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return long.Parse(GroupAddress().Match(created.Headers.Location!.ToString()).Groups[1].Value);
    }

    /// <summary>A newly appointed leader and a group of their own.</summary>
    public static async Task<(HttpClient Leader, long Group)> LeaderWithGroupAsync(SiteFactory site, string groupName)
    {
        var leader = await AppointedAsync(site, "Leader");
        return (leader, await CreateGroupAsync(leader, groupName));
    }

    /// <summary>The leader uploads a roster file through the group page's import form.</summary>
    public static Task<HttpResponseMessage> UploadRosterAsync(HttpClient leader, long group, byte[] csv, string culture = "en") =>
        leader.PostFileAsync($"/{culture}/tide-turners/groups/{group}", $"/{culture}/tide-turners/groups/{group}?handler=Import", "roster", "roster.csv", csv);

    public static async Task AddYouthAsync(HttpClient leader, long group, string nickname, string ageBand = "under-13")
    {
        var added = await leader.SubmitAsync($"/en/tide-turners/groups/{group}", new Dictionary<string, string>
        {
            ["nickname"] = nickname, ["ageBand"] = ageBand, ["consent"] = "true", ["language"] = "en",
        }, "form[action*='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    /// <summary>Ticks every activity of the level for every youth in the grid, with a line of evidence each.</summary>
    public static async Task<HttpResponseMessage> RecordAllAsync(HttpClient leader, long group, string level)
    {
        var url = $"/en/tide-turners/groups/{group}?level={level}";
        var page = await leader.GetDocumentAsync(url);
        var fields = new List<KeyValuePair<string, string>> { new("level", level) };
        foreach (var box in page.QuerySelectorAll("form[action*='handler=Record'] input[name=done]"))
        {
            fields.Add(new("done", box.GetAttribute("value")!));
            fields.Add(new($"evidence[{box.GetAttribute("value")}]", "Did it with the group on Saturday"));
        }
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields.Add(new("__RequestVerificationToken", token));
        return await leader.PostAsync($"/en/tide-turners/groups/{group}?handler=Record", new FormUrlEncodedContent(fields));
    }

    /// <summary>Submits the level for every youth of the group.</summary>
    public static async Task<HttpResponseMessage> SubmitAllAsync(HttpClient leader, long group, string level)
    {
        var url = $"/en/tide-turners/groups/{group}?level={level}";
        var page = await leader.GetDocumentAsync(url);
        var fields = page.QuerySelectorAll("form[action*='handler=Submit'] input[name=youth]").Select(b => new KeyValuePair<string, string>("youth", b.GetAttribute("value")!)).ToList();
        fields.Add(new("level", level));
        fields.Add(new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        return await leader.PostAsync($"/en/tide-turners/groups/{group}?handler=Submit", new FormUrlEncodedContent(fields));
    }

    /// <summary>Ticks every submission in the coordinator's queue and approves them in one batch.</summary>
    public static async Task<HttpResponseMessage> ApproveAllAsync(HttpClient coordinator)
    {
        var page = await coordinator.GetDocumentAsync("/en/tide-turners/review");
        var fields = page.QuerySelectorAll("input[name=submission][type=checkbox]").Select(b => new KeyValuePair<string, string>("submission", b.GetAttribute("value")!)).ToList();
        fields.Add(new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        return await coordinator.PostAsync("/en/tide-turners/review?handler=Approve", new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// A leader's new group of youths without e-mail, Entry recorded and submitted for all, and a
    /// coordinator's batch approval: the badges the group got.
    /// </summary>
    public static async Task<(HttpClient Leader, long Group, List<Badge> Badges)> ApprovedGroupAsync(SiteFactory site, string name, IEnumerable<string> nicknames)
    {
        var leader = await AppointedAsync(site, "Leader");
        var coordinator = await AppointedAsync(site, "Coordinator");
        var group = await CreateGroupAsync(leader, name);
        foreach (var nickname in nicknames)
        {
            await AddYouthAsync(leader, group, nickname);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAllAsync(leader, group, "entry")).StatusCode);
        Assert.Contains("Submitted for review.", await (await SubmitAllAsync(leader, group, "entry")).Content.ReadAsStringAsync());
        Assert.Contains("Approved; the badges are issued.", await (await ApproveAllAsync(coordinator)).Content.ReadAsStringAsync());
        var badges = await site.WithDbAsync(db => db.Set<Badge>().AsNoTracking()
            .Where(b => db.Set<Youth>().Any(y => y.Id == b.YouthId && y.GroupId == group)).ToListAsync());
        return (leader, group, badges);
    }

    /// <summary>The leader adds a small PNG as the evidence of the youth's entry quiz.</summary>
    public static async Task<HttpResponseMessage> UploadPhotoAsync(HttpClient leader, long youthId)
    {
        var page = await leader.GetDocumentAsync($"/en/tide-turners/youths/{youthId}");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent("entry-quiz"), "activity" },
            { new ByteArrayContent(Photo()), "photo", "beach.png" },
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        return await leader.PostAsync($"/en/tide-turners/youths/{youthId}?handler=Photo", upload);
    }

    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SeaGreen);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
