using System.Diagnostics;
using Learning.Core.Data;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.CleanSeas;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Security;
using Learning.Web.Tests.TideTurners;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Posts mutants of every form every caller can reach, each with a valid antiforgery token: the site
/// never answers 5xx, and no caller without a privileged role changes a row of someone else's, even
/// when the form names that person's records. LEARNING_FUZZ_SEED repeats a run.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FormFuzzTests(SqliteSite site, ITestOutputHelper output) : IClassFixture<SqliteSite>
{
    private const int Posts = 3000;

    [Fact]
    public async Task Mutated_form_posts_never_fail_the_server_nor_touch_other_peoples_records()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LEARNING_FUZZ_SEED"), out var given) ? given : Random.Shared.Next(1_000_000);
        output.WriteLine($"form fuzz seed {seed} (LEARNING_FUZZ_SEED={seed} repeats this run)");
        Console.WriteLine($"form fuzz seed {seed}");
        var owners = await OtherPeopleAsync();
        var callers = await SignedInCaller.AllAsync(site);
        var forms = new List<(SignedInCaller Caller, SiteForms.Form Form)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var caller in callers.OrderBy(c => c.Privileged))
        {
            forms.AddRange((await SiteForms.DiscoverAsync(site.Services, caller.Client)).Forms.Where(f => keys.Add(f.ToString())).Select(f => (caller, f)));
        }
        var before = await OwnedRows.ReadAsync(site, owners);
        var mutator = new FormMutator(ForgedIds(before));
        var failures = new List<string>();
        var perForm = Math.Max(10, Posts / Math.Max(1, forms.Count));
        var clock = Stopwatch.StartNew();
        var posts = 0;
        string[]? changedByOrdinaryCallers = null;
        foreach (var (caller, form) in forms)
        {
            if (caller.Privileged && changedByOrdinaryCallers is null)
            {
                changedByOrdinaryCallers = Changed(before, await OwnedRows.ReadAsync(site, owners));
            }
            for (var i = 0; i < perForm; i++, posts++)
            {
                var mutant = mutator.Mutate(form, unchecked(seed * 100_003 + posts));
                using var response = await SiteForms.PostAsync(caller.Client, form, mutant.Values, mutant.Action, mutant.Raw);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} for {caller.Name} POST {mutant.Action} (post {posts}, {mutant.Change})");
                }
            }
        }
        changedByOrdinaryCallers ??= Changed(before, await OwnedRows.ReadAsync(site, owners));
        output.WriteLine($"{posts} posts to {forms.Count} forms in {clock.Elapsed.TotalSeconds:F0} s; {before.Count} rows of other people watched");
        Assert.True(forms.Count >= 25, $"only {forms.Count} forms found");
        Assert.True(before.Count >= 5, $"only {before.Count} rows of other people to watch");
        Assert.True(failures.Count == 0, $"{failures.Count} server errors (seed {seed}):\n{string.Join("\n", failures.Take(40))}");
        Assert.True(changedByOrdinaryCallers.Length == 0, $"other people's rows changed (seed {seed}):\n{string.Join("\n", changedByOrdinaryCallers.Take(40))}");
    }

    /// <summary>People in another country with records of their own: a leader's group and youth, a focal point's pledge and commitment.</summary>
    private async Task<string[]> OtherPeopleAsync()
    {
        var leaderEmail = $"other-leader-{Guid.NewGuid():N}@example.org";
        var leader = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, leader, leaderEmail);
        await ChallengeSite.AppointAsync(site, leaderEmail, "Leader", country: "TZ");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Other people's group");
        await ChallengeSite.AddYouthAsync(leader, group, "Zawadi");
        var (focal, pledge) = await CleanSeasFlows.ApplyAsync(site, "TT");
        await CleanSeasFlows.VerifyAsync(await CleanSeasFlows.ModeratorAsync(site), pledge);
        await CleanSeasFlows.AddCommitmentAsync(focal, CleanSeasFlows.Commitment("Other people's commitment"));
        var focalEmail = await site.WithDbAsync(db => db.Set<Learning.CleanSeas.Pledges.Pledge>().Where(p => p.Id == pledge).Select(p => p.ContactEmail).SingleAsync());
        string[] emails = [leaderEmail, focalEmail];
        var ids = await site.WithDbAsync(db => db.Set<LearningUser>().Where(u => emails.Contains(u.Email!)).Select(u => u.Id).ToListAsync());
        return [.. emails, .. ids];
    }

    // The keys of other people's rows, and ids that name nothing.
    private static List<string> ForgedIds(Dictionary<string, string> rows) =>
        [.. rows.Keys.Select(k => k.Split('#', 2)[1]).Where(k => !k.Contains(',')).Distinct(), "987654", "0", "-1", "2147483648", Guid.NewGuid().ToString(), "no-such-id"];

    private static string[] Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Where(r => !after.TryGetValue(r.Key, out var now) || now != r.Value).Select(r => $"{r.Key} changed: {r.Value} → {after.GetValueOrDefault(r.Key) ?? "deleted"}").ToArray();
}
