using System.Net;
using System.Text.Json;
using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Progress;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Web.Tests.CleanSeas.CleanSeasFlows;

namespace Learning.Web.Tests.CleanSeas;

/// <summary>
/// A focal point applies, a moderator verifies them, the focal point submits two commitments, the
/// moderator requests changes and then approves, the pledge shows in the registry under its region
/// and in the API, and a yearly report sets its light. Refused input writes nothing.
/// </summary>
public abstract class PledgeJourneyTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task The_campaign_page_shows_the_editors_text_with_the_counters()
    {
        var page = await site.Browser().GetDocumentAsync("/en/clean-seas");

        Assert.Contains("cut marine plastic litter by 70% by 2025", page.QuerySelector("main .campaign-text")!.TextContent);
        Assert.NotNull(page.QuerySelector("main ul.counters li#governments"));
    }

    [Fact]
    public async Task A_pledge_goes_from_application_to_the_registry_and_reports_progress()
    {
        var (focal, pledgeId) = await ApplyAsync(site, "JM");
        Assert.Equal(HttpStatusCode.Redirect, (await AddCommitmentAsync(focal, Commitment("Ban plastic bags"))).StatusCode);

        var early = await focal.SubmitAsync("/en/clean-seas/my-pledge", new Dictionary<string, string>(), "form[action*='handler=Submit']");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("not been verified", await early.Content.ReadAsStringAsync());
        Assert.All(await CommitmentsAsync(site, pledgeId), c => Assert.Equal(CommitmentStatus.Draft, c.Status));

        var moderator = await ModeratorAsync(site);
        await VerifyAsync(moderator, pledgeId);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCommitmentAsync(focal, Commitment("Ban polystyrene food boxes"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await focal.SubmitAsync("/en/clean-seas/my-pledge", new Dictionary<string, string>(), "form[action*='handler=Submit']")).StatusCode);
        var commitments = await CommitmentsAsync(site, pledgeId);
        Assert.Equal(2, commitments.Count);
        Assert.All(commitments, c => Assert.Equal(CommitmentStatus.Submitted, c.Status));

        var (first, second) = (commitments[0].Id, commitments[1].Id);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(moderator, first, "RequestChanges", "Give the baseline year's figure.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await focal.SubmitAsync($"/en/clean-seas/my-pledge/commitments/{first}",
            Commitment("Ban plastic bags by 2027", "2021-01-01", "2027-01-01"), "form#edit")).StatusCode);
        await focal.SubmitAsync("/en/clean-seas/my-pledge", new Dictionary<string, string>(), "form[action*='handler=Submit']");
        foreach (var id in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(moderator, id, "Approve")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(moderator, id, "Publish")).StatusCode);
        }
        Assert.All(await CommitmentsAsync(site, pledgeId), c => Assert.Equal(CommitmentStatus.Published, c.Status));
        var history = await site.WithDbAsync(db => db.Set<CommitmentStep>().Where(s => s.CommitmentId == first).OrderBy(s => s.Id).ToListAsync());
        Assert.Contains(history, s => s.Action == "RequestChanges" && s.Comment == "Give the baseline year's figure." && s.Actor == SiteFactory.AdminEmail);
        Assert.Contains("Ban plastic bags\"", history.First(s => s.Action == "submitted").Snapshot);
        Assert.True(await site.WithDbAsync(db => db.Set<Learning.Core.Audit.AuditEntry>().AnyAsync(a => a.Subject == $"commitment:{first}" && a.Action == "clean-seas.commitment.approve")));

        var registry = await site.Browser().GetDocumentAsync("/en/clean-seas/pledges?region=caribbean");
        Assert.NotNull(registry.QuerySelector($"#pledge-{pledgeId}"));
        Assert.Contains("Ban plastic bags by 2027", registry.QuerySelector($"#pledge-{pledgeId}")!.TextContent);
        var elsewhere = await site.Browser().GetDocumentAsync("/en/clean-seas/pledges?region=africa");
        Assert.Null(elsewhere.QuerySelector($"#pledge-{pledgeId}"));

        using var api = JsonDocument.Parse(await site.Browser().GetStringAsync("/api/clean-seas/pledges?region=caribbean&kind=government&sdg=14.1"));
        var pledge = api.RootElement.GetProperty("pledges").EnumerateArray().Single(p => p.GetProperty("id").GetString() == pledgeId);
        Assert.Equal(2, pledge.GetProperty("commitments").GetArrayLength());

        var report = await focal.SubmitAsync($"/en/clean-seas/my-pledge/commitments/{second}", new Dictionary<string, string>
        {
            ["Report.Percent"] = "50", ["Report.Achievements"] = "Two ports stopped selling boxes.", ["Report.Challenges"] = "Imports", ["Report.Light"] = "Yellow",
        }, "form#report");
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        var reported = (await CommitmentsAsync(site, pledgeId)).Single(c => c.Id == second);
        Assert.Equal(StatusLight.Yellow, reported.Light);
        Assert.Equal(50, reported.ProgressPercent);
        var page = await site.Browser().GetDocumentAsync($"/en/clean-seas/commitments/{second}");
        Assert.NotNull(page.QuerySelector(".reports li.light-yellow"));
    }

    [Fact]
    public async Task Refused_input_gets_a_clear_message_and_writes_nothing()
    {
        var (focal, pledgeId) = await ApplyAsync(site, "TT");
        var moderator = await ModeratorAsync(site);
        await VerifyAsync(moderator, pledgeId);

        var again = await PostApplicationAsync((await ApplyAsync(site, "BB")).Client, "TT", "en");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var other = site.Browser();
        await Accounts.AccountFlows.RegisterConfirmedAsync(site, other, $"second-{Guid.NewGuid():N}@example.org");
        var taken = await PostApplicationAsync(other, "TT", "en");
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("already has a government pledge", await taken.Content.ReadAsStringAsync());
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<Pledge>().CountAsync(p => p.CountryCode == "TT")));

        var backwards = await AddCommitmentAsync(focal, Commitment("Backwards", "2030-01-01", "2020-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("target date must come after the baseline date", await backwards.Content.ReadAsStringAsync());
        Assert.Empty(await CommitmentsAsync(site, pledgeId));

        await AddCommitmentAsync(focal, Commitment("Levy on bags"));
        await focal.SubmitAsync("/en/clean-seas/my-pledge", new Dictionary<string, string>(), "form[action*='handler=Submit']");
        var id = (await CommitmentsAsync(site, pledgeId)).Single().Id;
        await ReviewAsync(moderator, id, "Approve");
        await ReviewAsync(moderator, id, "Publish");
        var edit = await focal.PostWithTokenAsync($"/en/clean-seas/my-pledge/commitments/{id}", $"/en/clean-seas/my-pledge/commitments/{id}?handler=Edit",
            Commitment("Quietly changed"));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal("Levy on bags", (await CommitmentsAsync(site, pledgeId)).Single().Title);

        var forged = await focal.GetAsync("/en/clean-seas/my-pledge/commitments/999999");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var malformed = await site.Browser().GetAsync("/api/clean-seas/pledges?sdg=99&kind=ship");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("sdg must be one of", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Browser().GetAsync("/api/clean-seas/pledges?region=atlantis")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await focal.GetAsync("/admin/clean-seas")).StatusCode);
    }

    [Fact]
    public async Task Two_years_without_a_report_make_a_commitment_inactive_and_the_next_report_reactivates_it()
    {
        var (focal, pledgeId, id) = await PublishedCommitmentAsync(site, "GD", "Collect fishing gear");
        await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PublishedUtc, DateTime.UtcNow.AddYears(-3))));

        Assert.True(await site.WithScopeAsync(sp => sp.GetRequiredService<CampaignDaily>().LapseAsync(DateTime.UtcNow, default)) >= 1);
        Assert.Equal(0, await site.WithScopeAsync(sp => sp.GetRequiredService<CampaignDaily>().LapseAsync(DateTime.UtcNow, default)));
        Assert.True((await CommitmentsAsync(site, pledgeId)).Single().Inactive);

        await focal.SubmitAsync($"/en/clean-seas/my-pledge/commitments/{id}", new Dictionary<string, string>
        {
            ["Report.Percent"] = "25", ["Report.Achievements"] = "Nets collected in two harbours.", ["Report.Light"] = "Red",
        }, "form#report");
        var reactivated = (await CommitmentsAsync(site, pledgeId)).Single();
        Assert.False(reactivated.Inactive);
        Assert.Equal(StatusLight.Red, reactivated.Light);
    }
}

public sealed class SqlitePledgeJourneyTests(SqliteSite site) : PledgeJourneyTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresPledgeJourneyTests(PostgresSite site) : PledgeJourneyTests<PostgresSite>(site);
