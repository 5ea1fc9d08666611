using System.Net;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.TideTurners;

/// <summary>The review queue at the size of the challenge: a coordinator's own submissions wait behind hundreds from other countries.</summary>
public abstract class ReviewQueueTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private const int Older = 600;

    [Fact]
    public async Task A_coordinator_sees_and_approves_their_own_behind_600_older_from_elsewhere_and_staff_page_to_the_last()
    {
        await SeedOlderElsewhereAsync();
        var (leader, group) = await ChallengeSite.LeaderWithGroupAsync(site, "Malindi Eco Club");
        foreach (var nickname in new[] { "Neema", "Juma" })
        {
            await ChallengeSite.AddYouthAsync(leader, group, nickname);
        }
        await ChallengeSite.RecordAllAsync(leader, group, "entry");
        await ChallengeSite.SubmitAllAsync(leader, group, "entry");
        var kenya = await ChallengeSite.AppointedAsync(site, "Coordinator");
        var tanzania = await ChallengeSite.AppointedAsync(site, "Coordinator", country: "TZ");

        var queue = await kenya.GetDocumentAsync("/en/tide-turners/review");
        Assert.Equal("2 submissions waiting", queue.QuerySelector("#total")!.TextContent.Trim());
        Assert.Equal(2, queue.QuerySelectorAll("input[name=submission][type=checkbox]").Length);
        Assert.DoesNotContain("Kampala", queue.DocumentElement.OuterHtml);
        Assert.Contains("Nothing is waiting for review.", (await tanzania.GetDocumentAsync("/en/tide-turners/review")).QuerySelector("main")!.TextContent);

        Assert.Contains("Approved; the badges are issued.", await (await ChallengeSite.ApproveAllAsync(kenya)).Content.ReadAsStringAsync());
        Assert.Equal(2, await site.WithDbAsync(db => db.Set<Badge>().CountAsync(b => db.Set<Youth>().Any(y => y.Id == b.YouthId && y.GroupId == group))));

        await AdministratorPagesToTheNewestAsync();
    }

    [Fact]
    public async Task A_coordinator_cannot_approve_a_submission_of_another_country()
    {
        await SeedOlderElsewhereAsync();
        var kenya = await ChallengeSite.AppointedAsync(site, "Coordinator");
        var page = await kenya.GetDocumentAsync("/en/tide-turners/review");
        var foreign = await site.WithDbAsync(db => db.Set<Submission>().Where(s => s.State == SubmissionState.Waiting)
            .Where(s => db.Set<Group>().Any(g => g.Id == s.GroupId && g.Country == "UG")).Select(s => s.Id).FirstAsync());
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await kenya.PostAsync("/en/tide-turners/review?handler=Approve", new FormUrlEncodedContent(
            [new("submission", foreign.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(SubmissionState.Waiting, await site.WithDbAsync(db => db.Set<Submission>().Where(s => s.Id == foreign).Select(s => s.State).FirstAsync()));
    }

    private async Task AdministratorPagesToTheNewestAsync()
    {
        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var waiting = await site.WithDbAsync(db => db.Set<Submission>().Where(s => s.State == SubmissionState.Waiting)
            .OrderByDescending(s => s.SubmittedUtc).ThenByDescending(s => s.Id).Select(s => s.Id).ToListAsync());
        var page = await admin.GetDocumentAsync("/en/tide-turners/review");
        var seen = new List<string>();
        for (var number = 1; ; number++)
        {
            seen.AddRange(page.QuerySelectorAll("input[name=submission][type=checkbox]").Select(b => b.GetAttribute("value")!));
            var next = page.QuerySelectorAll("nav.pager a").FirstOrDefault(a => a.TextContent.Trim() == (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (next is null)
            {
                break;
            }
            page = await admin.GetDocumentAsync(next.GetAttribute("href")!);
        }
        Assert.Equal(waiting.Count, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(waiting[0].ToString(System.Globalization.CultureInfo.InvariantCulture), seen[^1]);
    }

    /// <summary>Waiting submissions of a Ugandan group, all older than anything the test submits over the site.</summary>
    private Task SeedOlderElsewhereAsync() => site.WithDbAsync(async db =>
    {
        var old = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var group = new Group { OrganisationId = "wosm", Country = "UG", Name = "Kampala Shore Rangers", CreatedUtc = old };
        db.Add(group);
        await db.SaveChangesAsync();
        var youths = Enumerable.Range(0, Older).Select(i => new Youth
        {
            GroupId = group.Id, Nickname = $"Ranger {i}", AgeBand = AgeBand.From13To15, Country = "UG",
            Pseudonym = Guid.NewGuid().ToString("N"), CreatedUtc = old, LastActivityUtc = old,
        }).ToList();
        db.AddRange(youths);
        await db.SaveChangesAsync();
        db.AddRange(youths.Select((y, i) => new Submission
        {
            YouthId = y.Id, GroupId = group.Id, LevelId = "entry", State = SubmissionState.Waiting,
            SubmittedUtc = old.AddMinutes(i), SubmittedBy = "seed",
        }));
        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteReviewQueueTests(SqliteSite site) : ReviewQueueTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresReviewQueueTests(PostgresSite site) : ReviewQueueTests<PostgresSite>(site);
