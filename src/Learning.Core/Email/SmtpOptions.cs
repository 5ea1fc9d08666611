namespace Learning.Core.Email;

/// <summary>Bound from <c>Learning:Smtp</c>. Without a host, mail goes to the pickup folder.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@learning.local";
    public string FromName { get; set; } = "Marine Litter Learning";
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a dispatch run holds the messages it claimed. A live run renews it while it sends;
    /// after a crash the claims come free when it ends, so it bounds how long mail waits.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>The wait after a first failed attempt; it doubles with each further failure, up to an hour.</summary>
    public int RetrySeconds { get; set; } = 10;

    /// <summary>How often the outbox is looked at, as a cron expression (six fields for seconds).</summary>
    public string DispatchCron { get; set; } = "* * * * *";

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The shortest lease that still leaves a renewed claim time to send one message.</summary>
    public const int MinLeaseSeconds = 5;
}
