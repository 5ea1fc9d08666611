using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Learning.Web.Features.Accounts;

/// <summary>
/// The security stamps this node found current in the database, each for one validation interval.
/// A browser sends back the cookie renewed after a check, so it is checked once a minute; a client
/// that keeps sending its first cookie would otherwise cost a database read on every request. An
/// entry is the user's id with the stamp the cookie carries, so a rotated stamp never matches one.
/// </summary>
public sealed class RecentStampChecks(
    IMemoryCache cache, IOptions<SecurityStampValidatorOptions> options, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private TimeSpan Interval => options.Value.ValidationInterval;

    public bool Confirmed(ClaimsPrincipal? principal) =>
        Key(principal) is { } key && cache.TryGetValue(key, out DateTimeOffset confirmed) && clock.GetUtcNow() - confirmed <= Interval;

    public void Confirm(ClaimsPrincipal? principal)
    {
        if (Key(principal) is { } key && Interval > TimeSpan.Zero)
        {
            // The entry's own expiry only frees memory; the clock the validator reads decides.
            cache.Set(key, clock.GetUtcNow(), Interval);
        }
    }

    /// <summary>Whether the validator checks this cookie against the database now, as it does once its interval has passed.</summary>
    public bool IsDue(DateTimeOffset? issuedUtc) => issuedUtc is null || clock.GetUtcNow() - issuedUtc.Value > Interval;

    private string? Key(ClaimsPrincipal? principal)
    {
        var claims = identity.Value.ClaimsIdentity;
        var id = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        return id is null || stamp is null ? null : $"stamp:{id}:{stamp}";
    }
}
