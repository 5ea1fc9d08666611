using Learning.CleanSeas.Pledges;
using Learning.Web.Tests.CleanSeas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>
/// With the keyboard alone: a government focal point applies with the official letter and submits a
/// commitment; a moderator verifies the application, approves and publishes the commitment, and a
/// visitor finds the pledge in the registry under its region.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PledgeJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Journey = "pledge";
    private const string Culture = "en";
    private const string Title = "Ban single-use plastic bags";

    [Fact]
    public async Task A_focal_points_pledge_is_approved_and_appears_in_the_registry()
    {
        var email = $"focal-{Guid.NewGuid():N}@example.org";
        var focal = await Steps.NewPersonAsync(site, Culture, "Marcia Campbell", email);
        var moderator = await Steps.AdministratorAsync(site);

        await ApplyAsync(focal);
        var pledgeId = await site.WithDbAsync(db => db.Set<Pledge>().Where(p => p.ContactEmail == email).Select(p => p.Id).SingleAsync());
        await moderator.GotoAsync($"{site.BaseUrl}/admin/clean-seas");
        await KeyboardOnly.SubmitAsync(moderator, $"tr[id='{pledgeId}'] button[type=submit]");

        await SubmitCommitmentAsync(focal);
        await ApproveAndPublishAsync(moderator);

        var visitor = await site.NewPageAsync();
        await visitor.GotoAsync($"{site.BaseUrl}/en/clean-seas/pledges");
        await KeyboardOnly.ChooseAsync(visitor, "form.filters select[name=region]", "caribbean");
        await KeyboardOnly.SubmitAsync(visitor, "form.filters button");
        await Steps.KeyPageAsync(visitor, Journey, Culture, "registry");
        Assert.Contains(Title, await visitor.InnerTextAsync($"#pledge-{pledgeId}"));
    }

    private async Task ApplyAsync(IPage focal)
    {
        var letter = Path.Combine(site.DataPath, "letter.pdf");
        await File.WriteAllBytesAsync(letter, CleanSeasFlows.Letter);
        await focal.GotoAsync($"{site.BaseUrl}/en/clean-seas/apply");
        await Steps.KeyPageAsync(focal, Journey, Culture, "apply");
        await KeyboardOnly.ChooseAsync(focal, "select[name='Input.CountryCode']", "JM");
        await KeyboardOnly.UploadAsync(focal, "input[name=letter]", letter);
        await KeyboardOnly.TypeAsync(focal, "textarea[name='Input.Note']", "Director of the marine unit");
        await KeyboardOnly.SubmitAsync(focal, "main form button[type=submit]");
        Assert.Equal("/en/clean-seas/my-pledge", new Uri(focal.Url).AbsolutePath);
    }

    private static async Task SubmitCommitmentAsync(IPage focal)
    {
        await focal.ReloadAsync();
        var form = "form#new-commitment";
        await KeyboardOnly.TypeAsync(focal, $"{form} input[name='Input.Title']", Title);
        await KeyboardOnly.TypeAsync(focal, $"{form} textarea[name='Input.Description']", "Measured every year by the environment ministry.");
        await KeyboardOnly.TypeAsync(focal, $"{form} input[name='Input.Baseline']", "100");
        await KeyboardOnly.TypeDateAsync(focal, $"{form} input[name='Input.BaselineDate']", new DateTime(2020, 1, 1));
        await KeyboardOnly.TypeAsync(focal, $"{form} input[name='Input.Target']", "10");
        await KeyboardOnly.TypeDateAsync(focal, $"{form} input[name='Input.TargetDate']", new DateTime(2030, 12, 31));
        await KeyboardOnly.TypeAsync(focal, $"{form} input[name='Input.Unit']", "tonnes a year");
        await KeyboardOnly.ToggleAsync(focal, $"{form} input[name='Input.Sdgs'][value='14.1']");
        await Steps.KeyPageAsync(focal, Journey, Culture, "commitment");
        await KeyboardOnly.SubmitAsync(focal, $"{form} button[type=submit]");
        await KeyboardOnly.SubmitAsync(focal, "form[action*='handler=Submit'] button");
        await Steps.ShotAsync(focal, Journey, Culture, "submitted");
    }

    private async Task ApproveAndPublishAsync(IPage moderator)
    {
        await moderator.GotoAsync($"{site.BaseUrl}/admin/clean-seas");
        await KeyboardOnly.SubmitAsync(moderator, $"main li a:text-is('{Title}')");
        await Steps.KeyPageAsync(moderator, Journey, Culture, "review");
        await KeyboardOnly.SubmitAsync(moderator, "form#review button[value=Approve]");
        await KeyboardOnly.SubmitAsync(moderator, "form#review button[value=Publish]");
        Assert.Equal(CommitmentStatus.Published, await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Title == Title).Select(c => c.Status).SingleAsync()));
    }
}
