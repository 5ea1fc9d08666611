using System.Diagnostics;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// The web site is killed with SIGKILL five times while it releases an edition to 10,000 waitlisted
/// learners, and started again on the same data each time. Every learner gets the e-mail.
/// </summary>
[Trait("Category", "Faults")]
public sealed class CrashDuringReleaseTests(ITestOutputHelper output)
{
    private const int Learners = 10_000;
    private const int Kills = 5;

    [Fact]
    public async Task Every_learner_gets_the_release_email_after_five_kills()
    {
        var seed = Environment.GetEnvironmentVariable("LEARNING_TEST_FAULT_SEED") is { Length: > 0 } given ? int.Parse(given) : Environment.TickCount;
        var points = KillPoints(new Random(seed));
        output.WriteLine($"seed {seed} (LEARNING_TEST_FAULT_SEED={seed} repeats it); kill when queued + sent reaches {string.Join(", ", points)} of {2 * Learners}");
        using var smtp = new SmtpSink("crash");
        await smtp.StartAsync();
        using var site = new FaultSite("crash", smtp, Faults.QuickRecoveryArguments);
        var clock = Stopwatch.StartNew();
        await site.PrepareReleaseAsync(Learners);
        var recipients = await site.RecipientsAsync();
        Assert.Equal(Learners, recipients.Count);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: site set up, {Learners:N0} learners waitlisted");

        await site.StartAsync();
        foreach (var point in points)
        {
            var reached = await WaitForStepsAsync(site, point);
            site.Kill();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: killed at queued {reached.Queued:N0}, sent {reached.Sent:N0}, at the SMTP server {smtp.Count():N0}");
            await site.StartAsync();
        }
        await WaitForAllAsync(site, smtp, recipients.Count);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: every message delivered");

        var received = await Faults.ReleaseMailAsync(site, smtp);
        var connections = Faults.SendingConnections;
        var duplicates = received.Count - recipients.Count;
        output.WriteLine($"received {received.Count:N0} messages for {recipients.Count:N0} learners: {duplicates} duplicate(s) " +
            $"(a kill between the server's 250 and the 'sent' update); allowed at most {Kills} kills x {connections} sending connections");
        Faults.AssertEveryoneReached(recipients, received);
        Assert.InRange(duplicates, 0, Kills * connections);
        Assert.Equal(0, await site.PendingAsync());
    }

    /// <summary>Five points spread over the fan-out (queued 0..N) and the delivery (sent 0..N).</summary>
    private static List<int> KillPoints(Random random) =>
        Enumerable.Range(0, Kills).Select(_ => random.Next(Learners / 50, 2 * Learners - Learners / 50)).Order().ToList();

    private static async Task<Progress> WaitForStepsAsync(FaultSite site, int steps)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (await site.ProgressAsync() is { } progress && progress.Steps >= steps)
            {
                return progress;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"the release did not reach {steps} steps: {await site.ProgressAsync()}; see {ServerProcess.LogFolder}");
    }

    private static async Task WaitForAllAsync(FaultSite site, SmtpSink smtp, int recipients)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (await site.ProgressAsync() is { Queued: var queued, Pending: 0 } && queued == recipients && smtp.Count() >= recipients)
            {
                // A duplicate would arrive right behind; give it the chance to show.
                await Task.Delay(2000);
                return;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"not delivered in time: {await site.ProgressAsync()}, {smtp.Count()} at the SMTP server; see {ServerProcess.LogFolder}");
    }
}
