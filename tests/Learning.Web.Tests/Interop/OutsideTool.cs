using System.Diagnostics;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Interop;

/// <summary>What a program the project did not write said about our output.</summary>
public sealed record ToolVerdict(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
}

/// <summary>
/// Runs the outside checkers <c>tests/run</c> installs (Node packages in <c>tests/interop</c>, Debian's
/// Java and Python) on files the site wrote. A checker that cannot start fails the test.
/// </summary>
public static class OutsideTool
{
    /// <summary>A script of <c>tests/interop</c> under Node, with that folder's packages.</summary>
    public static Task<ToolVerdict> NodeAsync(string script, params string[] arguments) =>
        RunAsync("node", [Path.Combine(TestEnvironment.Interop, script), .. arguments], TestEnvironment.Interop);

    public static async Task<ToolVerdict> RunAsync(string program, IEnumerable<string> arguments, string? directory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? "",
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolVerdict(process.ExitCode, await output, await errors);
    }

    /// <summary>A file of its own for one check, under the run's artifacts so a failure can be read again.</summary>
    public static string FileFor(string name, string text)
    {
        var folder = Path.Combine(TestEnvironment.Artifacts, "interop");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        return path;
    }
}
