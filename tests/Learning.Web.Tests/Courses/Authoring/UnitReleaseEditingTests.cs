using System.Net;
using Learning.Core.Email;
using Learning.Courses.Editions;
using Learning.Courses.Releases;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses.Authoring;

/// <summary>The Thai edition opened yesterday; its second unit follows the weekly drip until an editor gives it a time of its own.</summary>
public abstract class UnitReleaseEditingTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private const string UnitPage = "/admin/courses/edition/test-th/unit/test-th-u2";
    private const string LockedLesson = "/th/learning/test-th/lessons/test-th-u2-l1";

    private static DateTime ThaiNow => TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"));

    private static string Local(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm");

    public Task InitializeAsync() => CourseSite.ImportAsync(site, CourseRecipe.Json(thaiStatus: "released", thaiReleaseAt: Local(ThaiNow.AddDays(-1))));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_unit_moved_earlier_opens_at_its_new_time_and_its_learners_are_told()
    {
        var learner = await ThaiLearnerAsync("early-opening@example.org");
        var admin = await Editors.AdministratorAsync(site);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(LockedLesson)).StatusCode);

        await admin.SaveAsync(UnitPage, Unit(Local(ThaiNow.AddHours(-1))));
        // The save also schedules this job, and the site's own job server may run it first: either way, one message.
        await site.WithScopeAsync(sp => sp.GetRequiredService<UnitRelease>().RunAsync("test-th-u2", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync(LockedLesson)).StatusCode);
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith("unit-release:test-th-u2:") && m.To == "early-opening@example.org")));
        var moveAgain = await admin.RefusedAsync(UnitPage, Unit(Local(ThaiNow.AddDays(3))));
        Assert.Contains("Learners can already open this unit, so its release can no longer move.", moveAgain.Text());
        var audit = await Editors.AuditOfAsync(site, "test-th-u2");
        Assert.Equal(("course.unit-updated", SiteFactory.AdminEmail), (audit[^1].Action, audit[^1].Actor));
    }

    [Fact]
    public async Task A_unit_moved_later_stays_locked_and_returns_to_the_drip_when_its_time_is_cleared()
    {
        var learner = await ThaiLearnerAsync("late-opening@example.org");
        var admin = await Editors.AdministratorAsync(site);
        var later = ThaiNow.AddDays(20);

        var saved = await admin.SaveAsync(UnitPage, Unit(Local(later)));
        var (edition, unit) = await LoadAsync();
        var early = await site.WithScopeAsync(sp => sp.GetRequiredService<UnitRelease>().RunAsync("test-th-u2", CancellationToken.None));

        Assert.Equal(UnitPage, saved);
        Assert.Equal(Local(later), Local(unit.ReleaseAtLocal!.Value));
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(Local(later)), TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok")), UnitRelease.OpensAtUtc(edition, unit));
        Assert.Equal(0, early);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(LockedLesson)).StatusCode);
        await admin.SaveAsync(UnitPage, Unit(""));
        var (_, again) = await LoadAsync();
        Assert.Null(again.ReleaseAtLocal);
        Assert.Equal(edition.ReleaseAtUtc.AddDays(7), UnitRelease.OpensAtUtc(edition, again));
    }

    [Fact]
    public async Task A_unit_cannot_open_before_its_edition_nor_at_a_time_that_is_not_one()
    {
        var admin = await Editors.AdministratorAsync(site);

        var before = await admin.RefusedAsync(UnitPage, Unit(Local(ThaiNow.AddDays(-3))));
        var nonsense = await admin.RefusedAsync(UnitPage, Unit("next Tuesday"));

        Assert.Contains("A unit opens with its edition or later", before.Text());
        Assert.Contains("Enter a date and time like 2030-01-31 09:00.", nonsense.Text());
        Assert.Null((await LoadAsync()).Unit.ReleaseAtLocal);
    }

    [Fact]
    public async Task Units_move_up_and_down_and_keep_their_numbers_in_order()
    {
        var admin = await Editors.AdministratorAsync(site);

        var moved = await admin.SubmitAsync("/admin/courses/edition/test-th", new Dictionary<string, string>(), "tr[id='test-th-u2'] form[action*='handler=Move']");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var order = await site.WithDbAsync(db => db.Set<Unit>().Where(u => u.EditionId == "test-th").OrderBy(u => u.Order).Select(u => u.Id).ToListAsync());
        Assert.Equal(["test-th-u2", "test-th-u1"], order);
    }

    private static Dictionary<string, string> Unit(string releaseAt) =>
        new() { ["Input.Title"] = "Unit 2", ["Input.ReleaseWeek"] = "1", ["Input.ReleaseAt"] = releaseAt };

    private Task<(Edition Edition, Unit Unit)> LoadAsync() => site.WithDbAsync(async db =>
    {
        var edition = await db.Set<Edition>().AsNoTracking().SingleAsync(e => e.Id == "test-th");
        return (edition, await db.Set<Unit>().AsNoTracking().SingleAsync(u => u.Id == "test-th-u2"));
    });

    private async Task<HttpClient> ThaiLearnerAsync(string email)
    {
        var client = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, client, email);
        await client.SubmitAsync($"/th/courses/{CourseRecipe.Slug}", new Dictionary<string, string> { ["editionId"] = "test-th" }, "form[action*='handler=Enrol']");
        return client;
    }
}

public sealed class SqliteUnitReleaseEditingTests(SqliteSite site) : UnitReleaseEditingTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresUnitReleaseEditingTests(PostgresSite site) : UnitReleaseEditingTests<PostgresSite>(site);
