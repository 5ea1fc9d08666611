using System.Diagnostics;
using Learning.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// The SMTP server is down when an edition is released and comes back half-way: every learner gets
/// the e-mail exactly once, and the retries show on the outbox rows and to staff on the outbox page.
/// </summary>
[Trait("Category", "Faults")]
public sealed class SmtpOutageTests(ITestOutputHelper output)
{
    private const int Learners = 300;

    [Fact]
    public async Task Mail_of_a_release_during_an_smtp_outage_arrives_once_when_the_server_is_back()
    {
        using var smtp = new SmtpSink("outage");
        using var site = new FaultSite("outage", smtp, Faults.QuickRecoveryArguments);
        await site.PrepareReleaseAsync(Learners);
        var recipients = await site.RecipientsAsync();
        var clock = Stopwatch.StartNew();
        await site.StartAsync();

        var failing = await WaitForAsync(site, p => p.Queued == Learners && p.MaxAttempts >= 3, "three failed attempts");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: server down, {failing}");
        Assert.Equal(0, failing.Sent);
        await AssertStaffSeeTheRetriesAsync(site);

        await smtp.StartAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: server back");
        var done = await WaitForAsync(site, p => p.Sent == Learners, "every message sent");
        await Task.Delay(2000);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: {done}");

        var received = await Faults.ReleaseMailAsync(site, smtp);
        Faults.AssertEveryoneReached(recipients, received);
        Assert.Equal(Learners, received.Count);
        Assert.True(done.WithError > 0 && done.MaxAttempts >= 3, $"the retries should show on the rows: {done}");
        Assert.Equal(0, await site.PendingAsync());
    }

    /// <summary>The outbox page lists the waiting messages with their attempts and the server's error.</summary>
    private static async Task AssertStaffSeeTheRetriesAsync(FaultSite site)
    {
        var error = await site.AnyLastErrorAsync();
        Assert.False(string.IsNullOrEmpty(error), "a failed attempt records its error");
        using var staff = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(site.Url) };
        await staff.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var page = await staff.GetDocumentAsync("/admin/outbox?status=waiting");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(error) && r.Contains("@seed.example"));
    }

    private static async Task<Progress> WaitForAsync(FaultSite site, Func<Progress, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (await site.ProgressAsync() is { } progress && condition(progress))
            {
                return progress;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{what}: not in time, {await site.ProgressAsync()}; see {ServerProcess.LogFolder}");
    }
}
