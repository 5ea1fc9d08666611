using System.Net.Sockets;
using MimeKit;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// An SMTP sink of one test's own (tests/run's script, own port, own maildir), which the test can
/// stop and start, and whose every received message it can count.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly string name;
    private readonly string folder;
    private ServerProcess? process;

    public SmtpSink(string name)
    {
        this.name = name;
        folder = Path.Combine(Path.GetTempPath(), "learning-faults", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Maildir);
        Directory.CreateDirectory(Path.Combine(folder, "tmp"));
    }

    public int Port { get; } = ServerProcess.FreePort();

    public string Maildir => Path.Combine(folder, "maildir");

    private string ReadyFile => Path.Combine(folder, "ready");

    public async Task StartAsync()
    {
        File.Delete(ReadyFile);
        process = ServerProcess.Start($"{name}-smtp", ServerProcess.Require("LEARNING_TEST_PYTHON"),
            ["-u", ServerProcess.Require("LEARNING_TEST_SMTP_SINK"), Maildir, Path.Combine(folder, "tmp"), Port.ToString(), ReadyFile]);
        await process.WaitUntilAsync(() => Task.FromResult(File.Exists(ReadyFile) && Accepts()), TimeSpan.FromSeconds(30), "the SMTP sink");
    }

    public void Stop()
    {
        process?.Stop(TimeSpan.FromSeconds(10));
        process?.Dispose();
        process = null;
    }

    /// <summary>Every message received so far, by recipient and Message-ID (headers only: thousands are read in a moment).</summary>
    public List<Received> Messages() =>
        Directory.GetFiles(Maildir, "*.eml").Select(Read).ToList();

    public int Count() => Directory.EnumerateFiles(Maildir, "*.eml").Count();

    private static Received Read(string file)
    {
        var headers = HeaderList.Load(file);
        var to = InternetAddressList.Parse(headers[HeaderId.To] ?? "").Mailboxes.Single().Address;
        return new Received(to, headers[HeaderId.MessageId]?.Trim().Trim('<', '>') ?? "", File.GetLastWriteTimeUtc(file));
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Stop();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed record Received(string To, string MessageId, DateTime AtUtc);
