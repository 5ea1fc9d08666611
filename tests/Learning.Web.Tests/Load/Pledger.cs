using System.Net;
using Learning.Web.Tests.CleanSeas;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Load;

/// <summary>
/// A Clean Seas focal point with a verified pledge: drafts a commitment, opens it, refines the
/// draft, and every other time (the first included) submits the drafts for review.
/// </summary>
public sealed class Pledger(HttpClient client, string culture) : VirtualUser(client, "pledger")
{
    private int drafted;

    protected override async Task StepAsync()
    {
        var title = $"Commitment {++drafted} of {culture}";
        var mine = await FollowAsync(await CleanSeasFlows.AddCommitmentAsync(Client, CleanSeasFlows.Commitment(title), culture), "new commitment");
        var list = Infrastructure.Pages.Parse(await mine.Content.ReadAsStringAsync());
        var id = list.QuerySelectorAll("tr[id^='commitment-']").Last().Id!["commitment-".Length..];
        await ThinkAsync();
        var url = $"/{culture}/clean-seas/my-pledge/commitments/{id}";
        var refined = CleanSeasFlows.Commitment(title);
        refined["Input.Description"] = "Measured every year by the environment ministry, with the coastal towns' counts.";
        await FollowAsync(await Client.SubmitAsync(url, refined, "form#edit"), url);
        if (drafted % 2 == 1)
        {
            await ThinkAsync();
            var my = $"/{culture}/clean-seas/my-pledge";
            await FollowAsync(await Client.SubmitAsync(my, new Dictionary<string, string>(), "form[action*='handler=Submit']"), my);
        }
    }
}
