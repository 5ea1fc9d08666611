using MimeKit;

namespace Learning.Core.Email;

/// <summary>Writes each message as <c>{message-id}.eml</c>; writing the same message again replaces the file.</summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport, IMailSession
{
    public string Folder { get; } = folder;

    public Task<IMailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSession>(this);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var target = Path.Combine(Folder, (message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0] + ".eml");
        var temporary = target + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, target, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
