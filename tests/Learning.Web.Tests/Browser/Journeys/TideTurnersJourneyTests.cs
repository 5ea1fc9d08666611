using Learning.TideTurners.Badges;
using Learning.TideTurners.Youths;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>
/// In Thai and with the keyboard alone: a group leader creates a group, adds two youths, records and
/// submits their Entry level; a coordinator approves both, and each badge's page says it is valid.
/// </summary>
[Trait("Category", "Browser")]
public sealed class TideTurnersJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Journey = "tide-turners";
    private const string Culture = "th";
    private static readonly string[] Nicknames = ["Ploy", "Nok"];

    [Fact]
    public async Task A_leaders_youths_get_their_entry_badges_approved_and_verified()
    {
        var leader = await AppointedAsync("Leader");
        var coordinator = await AppointedAsync("Coordinator");

        var group = await CreateGroupAsync(leader, "ลูกเสือทะเลภูเก็ต");
        foreach (var nickname in Nicknames)
        {
            await AddYouthAsync(leader, nickname);
        }
        await RecordEntryAsync(leader);
        await SubmitEntryAsync(leader);
        await ApproveAllAsync(coordinator);

        var badges = await site.WithDbAsync(db => db.Set<Badge>().AsNoTracking()
            .Where(b => db.Set<Youth>().Any(y => y.Id == b.YouthId && y.GroupId == group)).Select(b => b.Id).ToListAsync());
        Assert.Equal(Nicknames.Length, badges.Count);
        await coordinator.GotoAsync($"{site.BaseUrl}/th/tide-turners/badges/{badges[0]}");
        await Steps.KeyPageAsync(coordinator, Journey, Culture, "badge");
        Assert.NotNull(await coordinator.QuerySelectorAsync("p.notice:not(.warning)[role=status]"));
    }

    /// <summary>Someone with an account whom the administrator appointed (not part of the journey), signed in in Thai.</summary>
    private async Task<IPage> AppointedAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await AccountFlows.RegisterConfirmedAsync(site, site.Browser(), email);
        await ChallengeSite.AppointAsync(site, email, role);
        var page = await site.NewPageAsync();
        await Steps.SignInAsync(site, page, Culture, email);
        return page;
    }

    private async Task<long> CreateGroupAsync(IPage leader, string name)
    {
        await leader.GotoAsync($"{site.BaseUrl}/th/tide-turners/groups");
        await Steps.KeyPageAsync(leader, Journey, Culture, "groups");
        await KeyboardOnly.TypeAsync(leader, "#name", name);
        await KeyboardOnly.SubmitAsync(leader, "main form[method=post] button[type=submit]");
        return long.Parse(new Uri(leader.Url).AbsolutePath.Split('/').Last());
    }

    private static async Task AddYouthAsync(IPage leader, string nickname)
    {
        await KeyboardOnly.TypeAsync(leader, "#nickname", nickname);
        await KeyboardOnly.ChooseAsync(leader, "#ageBand", "13-15");
        await KeyboardOnly.ToggleAsync(leader, "form[action*='handler=Add'] input[name=consent]");
        await KeyboardOnly.SubmitAsync(leader, "form[action*='handler=Add'] button[type=submit]");
    }

    /// <summary>Every Entry activity ticked for every youth, with a line of evidence each.</summary>
    private static async Task RecordEntryAsync(IPage leader)
    {
        await Steps.KeyPageAsync(leader, Journey, Culture, "group");
        foreach (var key in await leader.Locator("form[action*='handler=Record'] input[name=done]").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)"))
        {
            await KeyboardOnly.ToggleAsync(leader, $"input[name=done][value='{key}']");
            await KeyboardOnly.TypeAsync(leader, $"input[name='evidence[{key}]']", "ทำกับกลุ่มเมื่อวันเสาร์");
        }
        await KeyboardOnly.SubmitAsync(leader, "form[action*='handler=Record'] button[type=submit]");
    }

    private static async Task SubmitEntryAsync(IPage leader)
    {
        var youths = "form[action*='handler=Submit'] input[name=youth]";
        foreach (var id in await leader.Locator(youths).EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)"))
        {
            await KeyboardOnly.ToggleAsync(leader, $"{youths}[value='{id}']");
        }
        await Steps.ShotAsync(leader, Journey, Culture, "submitting");
        await KeyboardOnly.SubmitAsync(leader, "form[action*='handler=Submit'] button[type=submit]");
        await Steps.ShotAsync(leader, Journey, Culture, "submitted");
    }

    private async Task ApproveAllAsync(IPage coordinator)
    {
        await coordinator.GotoAsync($"{site.BaseUrl}/th/tide-turners/review");
        await Steps.KeyPageAsync(coordinator, Journey, Culture, "review");
        foreach (var id in await coordinator.Locator("input[name=submission][type=checkbox]").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)"))
        {
            await KeyboardOnly.ToggleAsync(coordinator, $"input[name=submission][type=checkbox][value='{id}']");
        }
        await KeyboardOnly.SubmitAsync(coordinator, "form#approve button[type=submit]");
        await Steps.ShotAsync(coordinator, Journey, Culture, "approved");
    }
}
