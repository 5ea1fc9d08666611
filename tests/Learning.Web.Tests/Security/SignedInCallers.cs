using Learning.Web.Tests.CleanSeas;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Every kind of person the site knows, signed in: the roles of <see cref="Caller"/> and the people
/// the programmes appoint (a Tide Turners leader and coordinator, a trainer, a focal point with a
/// verified pledge). <see cref="Privileged"/> callers may change other people's records by design.
/// </summary>
public sealed record SignedInCaller(string Name, HttpClient Client, bool Privileged)
{
    public static async Task<List<SignedInCaller>> AllAsync(SiteFactory site, string country = "KE")
    {
        var callers = new List<SignedInCaller>();
        foreach (var caller in Caller.All)
        {
            var (client, _) = await caller.SignInAsync(site);
            callers.Add(new SignedInCaller(caller.Name, client, caller.Role is "Editor" or "CampaignModerator" or "Administrator"));
        }
        callers.Add(new("tide-turners-leader", await ChallengeSite.AppointedAsync(site, "Leader", country: country), false));
        callers.Add(new("tide-turners-coordinator", await ChallengeSite.AppointedAsync(site, "Coordinator", country: country), false));
        var (trainer, _) = await new Caller("trainer", "Trainer").SignInAsync(site);
        callers.Add(new("trainer", trainer, false));
        var (focal, pledge) = await CleanSeasFlows.ApplyAsync(site, "JM");
        await CleanSeasFlows.VerifyAsync(await CleanSeasFlows.ModeratorAsync(site), pledge);
        callers.Add(new("focal-point", focal, false));
        return callers;
    }
}
