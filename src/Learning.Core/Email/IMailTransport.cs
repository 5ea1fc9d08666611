using MimeKit;

namespace Learning.Core.Email;

/// <summary>Where outgoing mail goes: an SMTP server, or a pickup folder on the embedded default.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
