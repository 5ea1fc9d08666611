using System.Net;
using System.Text.Json.Nodes;
using Learning.Certificates.Issuing;
using Learning.Core.Audit;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Learning.Web.Tests.TideTurners;

/// <summary>Minors' data: kept minimal, audited, exported whole and erased everywhere, evidence files included.</summary>
public abstract class YouthDataTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task Exporting_then_erasing_a_youth_removes_them_everywhere_including_evidence_files()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader", "wagggs", "TH");
        var coordinator = await ChallengeSite.AppointedAsync(site, "Coordinator", "wagggs", "TH");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Chiang Mai Guides");
        await ChallengeSite.AddYouthAsync(leader, group, "Malee");
        await ChallengeSite.RecordAllAsync(leader, group, "entry");
        var youth = await site.WithDbAsync(db => db.Set<Youth>().AsNoTracking().SingleAsync(y => y.GroupId == group));
        Assert.Equal(HttpStatusCode.Redirect, (await ChallengeSite.UploadPhotoAsync(leader, youth.Id)).StatusCode);
        await ChallengeSite.SubmitAllAsync(leader, group, "entry");
        await ChallengeSite.ApproveAllAsync(coordinator);
        var folder = Path.Combine(site.DataPath, "uploads", "tide-turners", youth.Id.ToString());
        var stored = Assert.Single(Directory.GetFiles(folder));
        using (var codec = SKCodec.Create(stored))
        {
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync($"/en/tide-turners/youths/{youth.Id}?handler=export")).StatusCode);
        var export = JsonNode.Parse(await coordinator.GetStringAsync($"/en/tide-turners/youths/{youth.Id}?handler=export"))!;
        Assert.Equal("Malee", export["youth"]!["nickname"]!.GetValue<string>());
        Assert.Null(export["youth"]!["email"]);
        Assert.Equal(2, export["activities"]!.AsArray().Count);
        Assert.Single(export["badges"]!.AsArray());
        var badgeId = Guid.Parse(export["badges"]![0]!["id"]!.GetValue<string>());

        var erased = await coordinator.SubmitAsync($"/en/tide-turners/youths/{youth.Id}", new Dictionary<string, string> { ["confirm"] = "erase" }, "form[action*='handler=Erase']");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.False(Directory.Exists(folder));
        await site.WithDbAsync(async db =>
        {
            Assert.False(await db.Set<Youth>().AnyAsync(y => y.Id == youth.Id));
            Assert.False(await db.Set<ActivityRecord>().AnyAsync(r => r.YouthId == youth.Id));
            Assert.False(await db.Set<Submission>().AnyAsync(s => s.YouthId == youth.Id));
            var badge = await db.Set<Badge>().AsNoTracking().SingleAsync(b => b.Id == badgeId);
            Assert.Equal((null, "", true), (badge.YouthId, badge.Jwt, badge.IsRevoked));
            Assert.False(await db.Set<Certificate>().AnyAsync(c => c.HolderName == "Malee"));
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Detail.Contains("Malee")));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "tide-turners.youth.erased" && a.Subject == $"tide-turners-youth:{youth.Id}"));
            return 0;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/en/tide-turners/youths/{youth.Id}")).StatusCode);
        Assert.Contains("The holder&#x27;s personal data was erased.".Replace("&#x27;", "'"), (await site.Browser().GetDocumentAsync($"/en/tide-turners/badges/{badgeId}")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_bad_roster_gets_errors_per_row_and_stores_nothing()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Roster group");
        var page = await leader.GetDocumentAsync($"/en/tide-turners/groups/{group}");
        var csv = "nickname,age_band,consent,language\nAyu,under-13,yes,id\nBudi Santoso,13-15,yes,id\nCitra,under-13,no,id\nDewi,16+,no,xx\n";
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "roster", "roster.csv" },
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };

        var response = await leader.PostAsync($"/en/tide-turners/groups/{group}?handler=Import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("ul.roster-errors li").Select(li => li.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("Line 3:") && e.Contains("no family name"));
        Assert.Contains(errors, e => e.StartsWith("Line 4:") && e.Contains("consent"));
        Assert.Contains(errors, e => e.StartsWith("Line 5:") && e.Contains("Unknown language"));
        Assert.DoesNotContain(errors, e => e.StartsWith("Line 2:"));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group)));
    }

    [Fact]
    public async Task Leaders_and_coordinators_outside_their_group_or_scope_get_403()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        var stranger = await ChallengeSite.AppointedAsync(site, "Leader");
        var elsewhere = await ChallengeSite.AppointedAsync(site, "Coordinator", "wosm", "VN");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Kisumu Scouts");
        await ChallengeSite.AddYouthAsync(leader, group, "Achieng");
        var youth = await site.WithDbAsync(db => db.Set<Youth>().AsNoTracking().SingleAsync(y => y.GroupId == group));

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/en/tide-turners/groups/{group}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/en/tide-turners/youths/{youth.Id}")).StatusCode);
        var forged = await stranger.PostWithTokenAsync("/en/tide-turners/groups", $"/en/tide-turners/groups/{group}?handler=Add",
            new Dictionary<string, string> { ["nickname"] = "Intruder", ["ageBand"] = "16+", ["language"] = "en" });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync($"/en/tide-turners/youths/{youth.Id}?handler=export")).StatusCode);
        var erase = await elsewhere.PostWithTokenAsync("/en/tide-turners/review", $"/en/tide-turners/youths/{youth.Id}?handler=Erase", new Dictionary<string, string> { ["confirm"] = "erase" });
        Assert.Equal(HttpStatusCode.Forbidden, erase.StatusCode);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<Youth>().CountAsync(y => y.GroupId == group)));
    }

    [Fact]
    public async Task A_level_submitted_before_the_level_below_is_refused_with_a_message()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Eager group");
        await ChallengeSite.AddYouthAsync(leader, group, "Kamau", "16+");
        await ChallengeSite.RecordAllAsync(leader, group, "leader");

        var response = await ChallengeSite.SubmitAllAsync(leader, group, "leader");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The level below must be approved first.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.GroupId == group)));
    }
}

public sealed class SqliteYouthDataTests(SqliteSite site) : YouthDataTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresYouthDataTests(PostgresSite site) : YouthDataTests<PostgresSite>(site);
