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
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunBudget = TimeSpan.FromMinutes(4);
    private const int ClaimSize = 50;

    public const string RecurringJobId = "outbox-dispatch";

    /// <summary>
    /// Delivers what is due until nothing is left, for a few minutes at most so that a run ends and
    /// the next minute's run takes over. Runs at the same time share the work through their claims.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var stopAt = clock.GetUtcNow() + RunBudget;
        var sent = 0;
        IMailSession? session = null;
        try
        {
            while (clock.GetUtcNow() < stopAt && await ClaimNextAsync(ct) is { Count: > 0 } claimed)
            {
                foreach (var message in claimed)
                {
                    if ((session ??= await OpenOrFailAsync(message, ct)) is not { } open)
                    {
                        // The server is unreachable: the rest wait for their lease to end and the next run.
                        return sent;
                    }
                    if (await SendClaimedAsync(open, message, ct))
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

    /// <summary>Opens a connection; when the server is down, the claimed message records the failure and waits its turn.</summary>
    private async Task<IMailSession?> OpenOrFailAsync(OutboxMessage claimed, CancellationToken ct)
    {
        try
        {
            return await transport.OpenAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(claimed, e, ct);
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

    private async Task<bool> SendClaimedAsync(IMailSession session, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            // Disposed at once: MimeKit's parts otherwise wait for the finalizer, which then costs more than sending.
            using (var mime = ToMime(message))
            {
                await session.SendAsync(mime, ct);
            }
            await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
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
    private async Task<List<OutboxMessage>> ClaimNextAsync(CancellationToken ct)
    {
        for (var lost = 0; lost < 5; lost++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var ids = await Free(now).Where(m => m.NextAttemptUtc <= now)
                .OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(ClaimSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return [];
            }
            var token = Guid.NewGuid();
            await Free(now).Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, now + Lease).SetProperty(m => m.ClaimToken, token), ct);
            var claimed = await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id) && m.ClaimToken == token)
                .OrderBy(m => m.NextAttemptUtc).ToListAsync(ct);
            if (claimed.Count > 0)
            {
                return claimed;
            }
        }
        return [];
    }

    private IQueryable<OutboxMessage> Free(DateTime now) =>
        Pending().Where(m => m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now);

    private async Task RecordFailureAsync(OutboxMessage message, Exception error, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var next = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
        var gaveUp = attempts >= options.Value.MaxAttempts;
        logger.LogWarning(error, "E-mail {MessageId} to {Culture} recipient failed (attempt {Attempt}); next try {Next}", message.Id, message.Culture, attempts, next);
        await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.GaveUp, gaveUp)
                .SetProperty(m => m.LastError, error.GetBaseException().Message)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), ct);
    }

    /// <summary>10 s, 20 s, 40 s ... capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 10 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage ToMime(OutboxMessage message)
    {
        var smtp = options.Value;
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id:N}@learning", Date = message.CreatedUtc };
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.AttachmentName is { } name)
        {
            body.Attachments.Add(name, System.Text.Encoding.UTF8.GetBytes(message.AttachmentText ?? ""), ContentType.Parse(message.AttachmentType ?? "application/octet-stream"));
        }
        mime.Body = body.ToMessageBody();
        // MIME keeps Content-* headers on the body entity, not on the message.
        mime.Body.Headers.Add("Content-Language", message.Culture);
        return mime;
    }
}
