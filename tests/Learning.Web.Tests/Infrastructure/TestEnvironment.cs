namespace Learning.Web.Tests.Infrastructure;

/// <summary>
/// The real servers that <c>tests/run</c> starts. A missing one fails the test loudly: a test that
/// quietly skips checks nothing.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresAdmin => Require("LEARNING_TEST_POSTGRES");

    public static string SmtpHost => Require("LEARNING_TEST_SMTP_HOST");

    public static int SmtpPort => int.Parse(Require("LEARNING_TEST_SMTP_PORT"));

    public static string SmtpMaildir => Require("LEARNING_TEST_SMTP_MAILDIR");

    public static string PostgresBin => Require("LEARNING_TEST_PG_BIN");

    public static string Chromium => Require("LEARNING_TEST_CHROMIUM");

    public static string AxeScript => Require("LEARNING_TEST_AXE");

    public static string Nginx => Require("LEARNING_TEST_NGINX");

    /// <summary>Debian's python3, with the Python packages tests/run installs (aiosmtpd, icalendar, openpyxl).</summary>
    public static string Python => Require("LEARNING_TEST_PYTHON");

    /// <summary>The folder of outside checkers from npm (<c>tests/interop</c>, installed with npm ci).</summary>
    public static string Interop => Require("LEARNING_TEST_INTEROP");

    /// <summary>Published schemas of the standards we write (<c>shared/specs</c> beside the checkout).</summary>
    public static string Specs => Require("LEARNING_TEST_SPECS");

    public static string Artifacts =>
        Environment.GetEnvironmentVariable("LEARNING_TEST_ARTIFACTS") is { Length: > 0 } path ? path : Path.Combine(RepositoryRoot, "artifacts");

    public static string RepositoryRoot { get; } = FindRoot();

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with tests/run, which starts the servers they need.");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Learning.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Learning.sln not found above " + AppContext.BaseDirectory);
    }
}
