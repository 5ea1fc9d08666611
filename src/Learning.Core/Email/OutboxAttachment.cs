using MimeKit;

namespace Learning.Core.Email;

/// <summary>
/// A text file sent with an outbox message, e.g. the calendar invitation of one session. A message
/// holds any number, in the order they were attached; they are saved and deleted with it.
/// </summary>
public class OutboxAttachment
{
    public Guid MessageId { get; set; }

    /// <summary>The attachment's place in its message, from 0; the order the recipient sees.</summary>
    public int Position { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The MIME type with its parameters, e.g. <c>text/calendar; charset=utf-8; method=REQUEST</c>.</summary>
    public string ContentType { get; set; } = "application/octet-stream";
    public string Text { get; set; } = "";

    /// <summary>Adds the message's files to the e-mail being built, in their order, as UTF-8.</summary>
    internal static void AddTo(BodyBuilder body, IEnumerable<OutboxAttachment> attachments)
    {
        foreach (var file in attachments.OrderBy(a => a.Position))
        {
            body.Attachments.Add(file.Name, System.Text.Encoding.UTF8.GetBytes(file.Text), MimeKit.ContentType.Parse(file.ContentType));
        }
    }
}
