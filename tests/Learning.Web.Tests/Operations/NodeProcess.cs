using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Operations;

/// <summary>
/// One web node as it runs in production: the built Learning.Web.dll as a child process on Kestrel,
/// with its own port and data folder. It logs every request it serves, so a test can tell which node served what.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private NodeProcess(int port, IEnumerable<string> settings)
    {
        Port = port;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BuildFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(BuildFolder, "Learning.Web.dll"));
        foreach (var setting in settings.Append($"--urls=http://127.0.0.1:{port}").Append("--Logging:LogLevel:Learning.Requests=Debug"))
        {
            start.ArgumentList.Add(setting);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}";

    private static string BuildFolder => Path.Combine(TestEnvironment.RepositoryRoot, "src", "Learning.Web", "bin", "Release", "net10.0");

    /// <summary>Starts a node and waits until its health check answers.</summary>
    public static async Task<NodeProcess> StartAsync(IEnumerable<string> settings)
    {
        var node = new NodeProcess(Faults.ServerProcess.FreePort(), settings);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(4);)
        {
            if (node.process.HasExited)
            {
                throw new InvalidOperationException($"the node exited with {node.process.ExitCode}:\n{node.Log()}");
            }
            try
            {
                if ((await client.GetAsync(node.Address + "/health")).IsSuccessStatusCode)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        node.Dispose();
        throw new TimeoutException("the node did not become healthy:\n" + node.Log());
    }

    /// <summary>How many requests for paths starting with <paramref name="path"/> this node has served.</summary>
    public int Served(string path) =>
        output.Count(line => line.Contains("Learning.Requests", StringComparison.Ordinal) && line.Contains($"{path}", StringComparison.Ordinal));

    public string Log() => string.Join('\n', output.TakeLast(60));

    /// <summary>Stops the node at once, as a crash or a pulled cable would.</summary>
    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
