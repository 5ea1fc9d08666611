namespace Learning.Core.Email;

/// <summary>
/// An e-mail waiting to go out. It is written in the same transaction as the change that caused it,
/// and its id is the Message-Id, so a retried or duplicated job cannot send it twice.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>What caused the message (e.g. <c>confirm:{userId}:{token-hash}</c>); the same cause never queues two messages.</summary>
    public string DedupKey { get; set; } = "";
    public string To { get; set; } = "";
    public string Culture { get; set; } = "en";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>Which dispatch run holds the claim, so a run sends exactly the messages it claimed.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? SentUtc { get; set; }
    public bool GaveUp { get; set; }
    public string? LastError { get; set; }

    /// <summary>The files sent with the message (e.g. one calendar invitation per session), in order.</summary>
    public List<OutboxAttachment> Attachments { get; set; } = [];

    /// <summary>Adds a text file after those already attached to a message that is not yet saved.</summary>
    public void Attach(string name, string contentType, string text) =>
        Attachments.Add(new OutboxAttachment { MessageId = Id, Position = Attachments.Count, Name = name, ContentType = contentType, Text = text });
}
