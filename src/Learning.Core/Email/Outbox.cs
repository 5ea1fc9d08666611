using Learning.Core.Data;
using Learning.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Email;

/// <summary>
/// Queues e-mail from a template in the recipient's language. The message is added to the caller's
/// unit of work, so it is saved together with the change that caused it, or not at all.
/// </summary>
public sealed class Outbox(LearningDbContext db, LiquidTemplates liquid, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task<OutboxMessage?> QueueAsync(string template, string culture, string to, string dedupKey,
        IReadOnlyDictionary<string, object?> model, CancellationToken ct = default)
    {
        var messages = db.Set<OutboxMessage>();
        if (messages.Local.Any(m => m.DedupKey == dedupKey) || await messages.AnyAsync(m => m.DedupKey == dedupKey, ct))
        {
            return null;
        }
        var source = await RequireTemplateAsync(template, culture, ct);
        var message = Compose(source, new OutboxRecipient(to, dedupKey, model), clock.GetUtcNow().UtcDateTime);
        messages.Add(message);
        return message;
    }

    /// <summary>
    /// Queues one template to many recipients, skipping every dedup key already queued, with one
    /// query per call. Returns how many messages were added.
    /// </summary>
    public async Task<int> QueueManyAsync(string template, string culture, IReadOnlyList<OutboxRecipient> recipients, CancellationToken ct = default)
    {
        var keys = recipients.Select(r => r.DedupKey).ToList();
        var existing = (await db.Set<OutboxMessage>().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(ct)).ToHashSet();
        var source = await RequireTemplateAsync(template, culture, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = recipients.Where(r => !existing.Contains(r.DedupKey)).Select(r => Compose(source, r, now)).ToList();
        db.AddRange(added);
        return added.Count;
    }

    private OutboxMessage Compose(EmailTemplate source, OutboxRecipient recipient, DateTime now)
    {
        var mail = RenderedMail.Of(source, recipient.Model, liquid, markdown);
        return new OutboxMessage
        {
            Id = Guid.NewGuid(), DedupKey = recipient.DedupKey, To = recipient.To, Culture = source.Culture,
            Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html, CreatedUtc = now, NextAttemptUtc = now,
        };
    }

    private async Task<EmailTemplate> RequireTemplateAsync(string template, string culture, CancellationToken ct) =>
        await FindTemplateAsync(template, culture, ct) ?? throw new InvalidOperationException($"e-mail template '{template}' does not exist");

    private async Task<EmailTemplate?> FindTemplateAsync(string name, string culture, CancellationToken ct)
    {
        var candidates = await db.Set<EmailTemplate>().AsNoTracking()
            .Where(t => t.Name == name && (t.Culture == culture || t.Culture == "en")).ToListAsync(ct);
        return candidates.FirstOrDefault(t => t.Culture == culture) ?? candidates.FirstOrDefault();
    }
}
