using MimeKit;

namespace Learning.Core.Email;

/// <summary>Where outgoing mail goes: an SMTP server, or a pickup folder on the embedded default.</summary>
public interface IMailTransport
{
    /// <summary>Opens one connection for many messages; a batch should not pay a handshake per message.</summary>
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
