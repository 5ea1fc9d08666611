using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Learning.Web.Tests.Infrastructure;
using Npgsql;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of the test's own, on a free loopback port, that the test may stop and start
/// at will. PostgreSQL refuses to run as root, so its commands run as the postgres user. The cluster
/// and its folder are removed on dispose, and when the test process exits without disposing.
/// </summary>
public sealed class OwnPostgres : IDisposable
{
    private readonly string bin = TestEnvironment.PostgresBin;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "learning-own-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private bool removed;

    public OwnPostgres()
    {
        Directory.CreateDirectory(folder);
        Run("chown", "-R", "postgres:", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        AsPostgres("initdb", "-D", DataFolder, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=trust", "--no-sync");
        Port = ServerProcess.FreePort();
        Start();
    }

    public int Port { get; }

    public bool Running { get; private set; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    private string DataFolder => Path.Combine(folder, "data");

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public void CreateDatabase(string name)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
    }

    public void Start()
    {
        AsPostgres("pg_ctl", "-D", DataFolder, "-l", Path.Combine(folder, "postgres.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -h 127.0.0.1 -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        Running = true;
    }

    /// <summary>A fast shutdown, as an administrator's restart does: sessions are ended with 57P01.</summary>
    public void Stop()
    {
        AsPostgres("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");
        Running = false;
    }

    public void Dispose()
    {
        if (removed)
        {
            return;
        }
        removed = true;
        if (Running)
        {
            TryRun("runuser", "-u", "postgres", "--", Path.Combine(bin, "pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "-t", "30", "stop");
        }
        Running = false;
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A folder left in /tmp is harmless; failing the test run for it would not be.
        }
    }

    private void AsPostgres(string program, params string[] arguments) =>
        Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments]);

    private void Run(string program, params string[] arguments)
    {
        var (code, output) = TryRun(program, arguments);
        if (code != 0)
        {
            var log = Path.Combine(folder, "postgres.log");
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({code}):\n{output}\n{(File.Exists(log) ? File.ReadAllText(log) : "")}");
        }
    }

    private static (int Code, string Output) TryRun(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
