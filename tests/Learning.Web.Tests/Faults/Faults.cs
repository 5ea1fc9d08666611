namespace Learning.Web.Tests.Faults;

/// <summary>What the fault tests share: the site's settings for quick recovery, and what a delivery must look like.</summary>
public static class Faults
{
    /// <summary>
    /// Claims and running jobs come free ten seconds after a crash (a live run renews its own), retries
    /// wait one second doubled each time, and the outbox is looked at every two seconds: production waits longer.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> QuickRecovery = new Dictionary<string, string>
    {
        ["Learning:Smtp:LeaseSeconds"] = "10", ["Learning:Smtp:RetrySeconds"] = "1", ["Learning:Smtp:DispatchCron"] = "*/2 * * * * *",
        ["Learning:Jobs:InvisibilitySeconds"] = "10", ["Learning:Jobs:LockSeconds"] = "10",
    };

    /// <summary><see cref="QuickRecovery"/> as a child process's command line.</summary>
    public static IEnumerable<string> QuickRecoveryArguments => QuickRecovery.Select(s => $"--{s.Key}={s.Value}");

    /// <summary>The mail queue's workers: each dispatch run holds one SMTP connection.</summary>
    public static int SendingConnections => Learning.Web.Composition.JobRegistration.MailWorkers;

    /// <summary>What the SMTP server received of the release (the site may send other mail too).</summary>
    public static async Task<List<Received>> ReleaseMailAsync(FaultSite site, SmtpSink smtp)
    {
        var ids = await site.ReleaseMessageIdsAsync();
        return smtp.Messages().Where(m => ids.Contains(m.MessageId)).ToList();
    }

    /// <summary>Each learner got the release at least once, and every copy is the same message (one Message-ID).</summary>
    public static void AssertEveryoneReached(IReadOnlyCollection<string> recipients, IReadOnlyCollection<Received> received)
    {
        var byRecipient = received.GroupBy(m => m.To, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var missing = recipients.Where(r => !byRecipient.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} learner(s) got nothing, e.g. {string.Join(", ", missing.Take(5))}");
        var strangers = byRecipient.Keys.Except(recipients, StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(strangers.Count == 0, $"mail to people not on the list: {string.Join(", ", strangers.Take(5))}");
        var mixed = byRecipient.Where(g => g.Value.Select(m => m.MessageId).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(mixed.Count == 0, $"{mixed.Count} learner(s) got two different messages, e.g. {string.Join(", ", mixed.Take(5))}");
    }
}
