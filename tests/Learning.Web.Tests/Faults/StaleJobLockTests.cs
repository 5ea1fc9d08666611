using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// A node killed while it held a job lock leaves the lock's row behind. The next start waits for
/// that lock to lapse instead of failing, and the outbox's job runs again once it has.
/// </summary>
[Trait("Category", "Faults")]
public sealed class StaleJobLockTests(ITestOutputHelper output)
{
    private const int Learners = 20;
    private const int LockSeconds = 20;

    [Fact]
    public async Task A_site_starts_and_delivers_after_a_node_died_holding_the_outbox_job_lock()
    {
        using var smtp = new SmtpSink("stale-lock");
        await smtp.StartAsync();
        // Longer than the job store's own wait for a lock (15 s), so the start meets the lock still held.
        using var site = new FaultSite("stale-lock", smtp, [.. Faults.QuickRecoveryArguments, $"--Learning:Jobs:LockSeconds={LockSeconds}"]);
        await site.PrepareReleaseAsync(Learners);
        var recipients = await site.RecipientsAsync();
        await LeaveLockAsync(site, "hangfire:lock:recurring-job:outbox-dispatch");

        var clock = Stopwatch.StartNew();
        await site.StartAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: the site answers (the lock lapses after {LockSeconds} s)");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(LockSeconds - 5), "the start should have met the lock");

        while (await site.ProgressAsync() is { Sent: var sent } && sent < Learners)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"not delivered in time: {await site.ProgressAsync()}; see {ServerProcess.LogFolder}");
            await Task.Delay(250);
        }
        output.WriteLine($"{clock.Elapsed.TotalSeconds:N0} s: every message sent");
        Faults.AssertEveryoneReached(recipients, await Faults.ReleaseMailAsync(site, smtp));
    }

    /// <summary>The row the job store writes when it takes a lock (named after its schema), as a process killed before releasing it leaves it.</summary>
    private static async Task LeaveLockAsync(FaultSite site, string resource)
    {
        await using var connection = new NpgsqlConnection(site.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO hangfire.lock (resource, updatecount, acquired) VALUES (@resource, 0, now())", connection);
        insert.Parameters.AddWithValue("resource", resource);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
    }
}
