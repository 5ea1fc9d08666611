using System.Globalization;
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
        var source = await FindTemplateAsync(template, culture, ct)
            ?? throw new InvalidOperationException($"e-mail template '{template}' does not exist");
        var cultureInfo = CultureInfo.GetCultureInfo(source.Culture);
        var text = liquid.Render(source.Body, model, cultureInfo, html: false);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            DedupKey = dedupKey,
            To = to,
            Culture = source.Culture,
            Subject = liquid.Render(source.Subject, model, cultureInfo, html: false),
            TextBody = text,
            HtmlBody = markdown.ToHtml(text),
            CreatedUtc = now,
            NextAttemptUtc = now,
        };
        messages.Add(message);
        return message;
    }

    private async Task<EmailTemplate?> FindTemplateAsync(string name, string culture, CancellationToken ct)
    {
        var candidates = await db.Set<EmailTemplate>().AsNoTracking()
            .Where(t => t.Name == name && (t.Culture == culture || t.Culture == "en")).ToListAsync(ct);
        return candidates.FirstOrDefault(t => t.Culture == culture) ?? candidates.FirstOrDefault();
    }
}
