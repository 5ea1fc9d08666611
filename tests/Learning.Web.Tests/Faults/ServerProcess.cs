using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// A server run as a real child process (the web site, an SMTP sink), so that it can be killed
/// with SIGKILL as a crash would. Its output goes to artifacts/faults/NAME.log, every start appended.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    /// <summary>How many of its last lines a failure quotes, so CI's output alone shows why a process ended.</summary>
    private const int LinesQuoted = 40;

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Queue<string> lastLines = new();

    private ServerProcess(Process process, StreamWriter log) => (this.process, this.log) = (process, log);

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public static string LogFolder => Path.Combine(TestEnvironment.Artifacts, "faults");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The value of a variable that tests/run sets; fails loudly without it.</summary>
    public static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the tests with tests/run.");

    public static ServerProcess Start(string name, string file, IEnumerable<string> arguments)
    {
        Directory.CreateDirectory(LogFolder);
        var log = new StreamWriter(Path.Combine(LogFolder, name + ".log"), append: true) { AutoFlush = true };
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var server = new ServerProcess(process, log);
        server.Note($"==== {DateTime.UtcNow:O} pid {process.Id}: {file} {string.Join(' ', start.ArgumentList)}");
        process.OutputDataReceived += (_, e) => server.Write(e.Data);
        process.ErrorDataReceived += (_, e) => server.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.WriteLine(line);
            lastLines.Enqueue(line);
            if (lastLines.Count > LinesQuoted)
            {
                lastLines.Dequeue();
            }
        }
    }

    private string LastLines()
    {
        lock (log)
        {
            return string.Join(Environment.NewLine, lastLines);
        }
    }

    /// <summary>kill -9: no shutdown code runs, open connections and transactions are cut where they are.</summary>
    public void Kill()
    {
        Note($"==== {DateTime.UtcNow:O} SIGKILL");
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops a server; SIGKILL if it does not end in time.</summary>
    public void Stop(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }
        Note($"==== {DateTime.UtcNow:O} SIGTERM");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            kill.WaitForExit();
        }
        if (!process.WaitForExit(grace))
        {
            Kill();
        }
        process.WaitForExit();
    }

    /// <summary>Waits until <paramref name="ready"/> holds; fails at once if the process ended.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                // The output is read on other threads; waiting for the exit lets its last lines arrive.
                process.WaitForExit();
                throw new InvalidOperationException($"{what}: the process ended with {process.ExitCode}; see {LogFolder}. Its last lines:{Environment.NewLine}{LastLines()}");
            }
            if (await ready())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{what}: not within {timeout}; see {LogFolder}. Its last lines:{Environment.NewLine}{LastLines()}");
    }

    public static async Task<bool> AnswersAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await client.GetAsync(url)).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Note(string line) => Write(line);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }
}
