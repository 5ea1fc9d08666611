using System.Security.Claims;
using Learning.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Learning.Web.Tests.Accounts;

public sealed class RecentStampChecksTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock clock = new();

    private RecentStampChecks Checks(TimeSpan interval) => new(new MemoryCache(new MemoryCacheOptions()),
        Options.Create(new SecurityStampValidatorOptions { ValidationInterval = interval }), Options.Create(new IdentityOptions()), clock);

    private static ClaimsPrincipal Session(string user, string stamp) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, user), new Claim(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType, stamp)], "test"));

    [Fact]
    public void A_confirmed_stamp_stands_for_one_interval_and_no_longer()
    {
        var checks = Checks(TimeSpan.FromMinutes(1));
        Assert.False(checks.Confirmed(Session("u1", "s1")));

        checks.Confirm(Session("u1", "s1"));
        clock.Now += TimeSpan.FromSeconds(59);
        Assert.True(checks.Confirmed(Session("u1", "s1")));

        clock.Now += TimeSpan.FromSeconds(2);
        Assert.False(checks.Confirmed(Session("u1", "s1")));
    }

    [Fact]
    public void A_rotated_stamp_or_another_user_is_never_taken_for_a_confirmed_one()
    {
        var checks = Checks(TimeSpan.FromMinutes(1));

        checks.Confirm(Session("u1", "s1"));

        Assert.False(checks.Confirmed(Session("u1", "s2")));
        Assert.False(checks.Confirmed(Session("u2", "s1")));
        Assert.False(checks.Confirmed(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void With_no_interval_every_request_is_checked()
    {
        var checks = Checks(TimeSpan.Zero);

        checks.Confirm(Session("u1", "s1"));

        Assert.False(checks.Confirmed(Session("u1", "s1")));
        Assert.True(checks.IsDue(clock.Now - TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_cookie_is_due_for_a_check_once_its_interval_has_passed()
    {
        var checks = Checks(TimeSpan.FromMinutes(1));

        Assert.False(checks.IsDue(clock.Now - TimeSpan.FromSeconds(30)));
        Assert.True(checks.IsDue(clock.Now - TimeSpan.FromSeconds(61)));
        Assert.True(checks.IsDue(null));
    }
}
