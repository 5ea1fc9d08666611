namespace Learning.Core.Email;

/// <summary>One recipient of a bulk mailing: the address, what makes the message unique, and the template's values.</summary>
public sealed record OutboxRecipient(string To, string DedupKey, IReadOnlyDictionary<string, object?> Model);
