using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Learning.Web.Tests.Security;

/// <summary>
/// An SMTP server on loopback that offers authentication and refuses every password, as a mail
/// provider does after a password change: the site's send fails after it has used its password.
/// </summary>
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();

    public RefusingSmtpServer()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Refused { get; private set; }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                _ = ConverseAsync(await listener.AcceptTcpClientAsync(stop.Token));
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 refusing.example ESMTP");
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb is "EHLO" or "HELO")
                {
                    await writer.WriteAsync("250-refusing.example\r\n250 AUTH PLAIN LOGIN\r\n");
                }
                else if (verb == "AUTH")
                {
                    Refused++;
                    await writer.WriteLineAsync("535 5.7.8 Authentication credentials invalid");
                }
                else if (verb == "QUIT")
                {
                    await writer.WriteLineAsync("221 bye");
                    return;
                }
                else
                {
                    await writer.WriteLineAsync("530 5.7.0 Authentication required");
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The site hung up.
        }
    }
}
