using System.Net;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.TideTurners;

public abstract class CountsTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_coordinator_sees_participants_and_completions_of_their_scope_only_and_exports_them()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        var coordinator = await ChallengeSite.AppointedAsync(site, "Coordinator");
        var elsewhere = await ChallengeSite.AppointedAsync(site, "Coordinator", country: "TZ");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Lamu Sea Scouts");
        foreach (var nickname in new[] { "Baraka", "Zawadi", "Imani" })
        {
            await ChallengeSite.AddYouthAsync(leader, group, nickname);
        }
        await ChallengeSite.RecordAllAsync(leader, group, "entry");
        await ChallengeSite.SubmitAllAsync(leader, group, "entry");
        await ChallengeSite.ApproveAllAsync(coordinator);

        var page = await coordinator.GetDocumentAsync("/en/tide-turners/counts");
        var csv = await coordinator.GetStringAsync("/en/tide-turners/counts?handler=csv");
        var empty = await elsewhere.GetDocumentAsync("/en/tide-turners/counts");
        var refused = await leader.GetAsync("/en/tide-turners/counts");

        var total = page.QuerySelectorAll("table.counts-total tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("3", total[0]);
        Assert.Equal("3", total[1]);
        Assert.Equal(2, page.QuerySelectorAll("section.count-chart").Length);
        Assert.DoesNotContain("Baraka", page.DocumentElement.OuterHtml);
        Assert.StartsWith("country,organisation,participants,completed_", csv.TrimStart('\uFEFF'));
        Assert.Contains("KE,wosm,3,3", csv);
        Assert.Contains("No youth has joined in the groups you coordinate yet.", empty.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

public sealed class SqliteCountsTests(SqliteSite site) : CountsTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCountsTests(PostgresSite site) : CountsTests<PostgresSite>(site);
