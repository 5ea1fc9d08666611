using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Learning.Core.Email;

/// <summary>
/// The job that delivers the outbox. Each message is claimed with a conditional update before it is
/// sent, so two runs at once (Hangfire is at-least-once) deliver it once; a sent message is never
/// picked again. Failures wait longer each time.
/// </summary>
public sealed class OutboxDispatcher(
    LearningDbContext db,
    IMailTransport transport,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan RunBudget = TimeSpan.FromMinutes(4);

    /// <summary>A send ends this long before the claim would; the clocks of two nodes are never quite equal.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);
    private const int ClaimSize = 50;

    public const string RecurringJobId = "outbox-dispatch";

    private TimeSpan Lease => options.Value.Lease;

    /// <summary>
    /// Delivers what is due until nothing is left, for a few minutes at most so that a run ends and
    /// the next run takes over. Runs at the same time share the work through their claims.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var stopAt = clock.GetUtcNow() + RunBudget;
        var sent = 0;
        IMailSession? session = null;
        try
        {
            while (clock.GetUtcNow() < stopAt && await ClaimNextAsync(ct) is { Messages.Count: > 0 } claim)
            {
                for (var i = 0; i < claim.Messages.Count && await KeepAsync(claim, i, ct); i++)
                {
                    var message = claim.Messages[i];
                    if ((session ??= await OpenOrFailAsync(claim.Messages[i..], ct)) is not { } open)
                    {
                        // The server is unreachable: this batch waits its backoff, the rest the next run.
                        return sent;
                    }
                    if (await SendClaimedAsync(open, message, claim.Until, ct))
                    {
                        sent++;
                        continue;
                    }
                    // After a failure the connection may be in any state; the next message gets a new one.
                    session = await CloseAsync(session);
                }
            }
        }
        finally
        {
            await CloseAsync(session);
        }
        return sent;
    }

    /// <summary>
    /// Renews the claim on the messages not yet sent once half of the lease is gone, so a slow batch
    /// stays ours however long it takes. False when another run took some of them after the lease
    /// ran out (a stalled process): those are theirs now, and this run leaves the batch.
    /// </summary>
    private async Task<bool> KeepAsync(Claim claim, int next, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (claim.Until - now > Lease / 2)
        {
            return true;
        }
        var ids = claim.Messages.Skip(next).Select(m => m.Id).ToList();
        var until = now + Lease;
        var kept = await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id) && m.ClaimToken == claim.Token && m.SentUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, until), ct);
        claim.Until = until;
        return kept == ids.Count;
    }

    /// <summary>Opens a connection; when the server is down, the claimed messages record the failure and wait their turn.</summary>
    private async Task<IMailSession?> OpenOrFailAsync(List<OutboxMessage> claimed, CancellationToken ct)
    {
        try
        {
            return await transport.OpenAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var message in claimed)
            {
                await RecordFailureAsync(message, e, ct);
            }
            return null;
        }
    }

    private static async Task<IMailSession?> CloseAsync(IMailSession? session)
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }
        return null;
    }

    /// <summary>
    /// Sends one claimed message, given up at the end of the claim: after that another run may
    /// take the message, and it must not find this send still going on.
    /// </summary>
    private async Task<bool> SendClaimedAsync(IMailSession session, OutboxMessage message, DateTime claimedUntil, CancellationToken ct)
    {
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(claimedUntil - clock.GetUtcNow().UtcDateTime - Margin);
            // Disposed at once: MimeKit's parts otherwise wait for the finalizer, which then costs more than sending.
            using (var mime = ToMime(message))
            {
                await session.SendAsync(mime, deadline.Token);
            }
            await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), ct);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await RecordFailureAsync(message, e, ct);
            return false;
        }
    }

    public IQueryable<OutboxMessage> Pending() =>
        db.Set<OutboxMessage>().Where(m => m.SentUtc == null && !m.GaveUp);

    /// <summary>
    /// Claims the next due messages nobody holds, with one conditional update, and returns exactly
    /// those. A run that lost every candidate to another run tries the next ones.
    /// </summary>
    private async Task<Claim> ClaimNextAsync(CancellationToken ct)
    {
        for (var lost = 0; lost < 5; lost++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var ids = await Free(now).Where(m => m.NextAttemptUtc <= now)
                .OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(ClaimSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return Claim.None;
            }
            var token = Guid.NewGuid();
            var until = now + Lease;
            await Free(now).Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, until).SetProperty(m => m.ClaimToken, token), ct);
            var claimed = await db.Set<OutboxMessage>().AsNoTracking().Include(m => m.Attachments).Where(m => ids.Contains(m.Id) && m.ClaimToken == token)
                .OrderBy(m => m.NextAttemptUtc).ToListAsync(ct);
            if (claimed.Count > 0)
            {
                return new Claim(token, until, claimed);
            }
        }
        return Claim.None;
    }

    /// <summary>The messages one run holds, and until when.</summary>
    private sealed class Claim(Guid token, DateTime until, List<OutboxMessage> messages)
    {
        public static Claim None => new(Guid.Empty, DateTime.MinValue, []);

        public Guid Token { get; } = token;

        public DateTime Until { get; set; } = until;

        public List<OutboxMessage> Messages { get; } = messages;
    }

    private IQueryable<OutboxMessage> Free(DateTime now) =>
        Pending().Where(m => m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now);

    private async Task RecordFailureAsync(OutboxMessage message, Exception error, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var next = clock.GetUtcNow().UtcDateTime + Backoff(attempts, options.Value.RetrySeconds);
        var gaveUp = attempts >= options.Value.MaxAttempts;
        logger.LogWarning(error, "E-mail {MessageId} to {Culture} recipient failed (attempt {Attempt}); next try {Next}", message.Id, message.Culture, attempts, next);
        await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.GaveUp, gaveUp)
                .SetProperty(m => m.LastError, error.GetBaseException().Message)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), ct);
    }

    /// <summary>10 s, 20 s, 40 s ... (from the first wait given) capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts, int firstSeconds = 10) =>
        TimeSpan.FromSeconds(Math.Min(3600, firstSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage ToMime(OutboxMessage message)
    {
        var smtp = options.Value;
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id:N}@learning", Date = message.CreatedUtc };
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        OutboxAttachment.AddTo(body, message.Attachments);
        mime.Body = body.ToMessageBody();
        // MIME keeps Content-* headers on the body entity, not on the message.
        mime.Body.Headers.Add("Content-Language", message.Culture);
        return mime;
    }
}
