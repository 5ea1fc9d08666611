using System.Diagnostics;
using System.Text.RegularExpressions;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Security;

/// <summary>
/// The repository holds no secrets: every file git tracks is searched for private keys, tokens of
/// the shapes the big providers issue, and passwords in configuration, connection strings and code.
/// The few throwaway values the tests need are listed, each with its reason, in secret-allowlist.txt.
/// </summary>
[Trait("Category", "Security")]
public sealed partial class SecretScanTests
{
    private const string AllowListPath = "tests/Learning.Web.Tests/Security/secret-allowlist.txt";

    private static readonly (string Kind, Regex Pattern)[] Shapes =
    [
        ("private key", PrivateKey()),
        ("AWS access key", new Regex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
        ("GitHub token", new Regex(@"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})")),
        ("Slack token", new Regex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
        ("Google API key", new Regex(@"\bAIza[0-9A-Za-z_\-]{35}")),
        ("Stripe key", new Regex(@"\b[sr]k_live_[0-9A-Za-z]{20,}")),
        ("SendGrid key", new Regex(@"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}")),
        ("npm token", new Regex(@"\bnpm_[A-Za-z0-9]{36}\b")),
        ("JSON web token", new Regex(@"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}")),
        ("Azure storage key", new Regex(@"AccountKey=[A-Za-z0-9+/=]{40,}")),
    ];

    /// <summary>A value assigned to something named like a password, secret or key, quoted or in a connection string.</summary>
    private static readonly (string Kind, Regex Pattern)[] Assignments =
    [
        ("password in a connection string", new Regex(@"\b(?:password|pwd)=(?<value>[^;""'\s`]+)", RegexOptions.IgnoreCase)),
        ("secret in configuration", new Regex(@"""(?:[\w.:-]*(?:password|passwd|secret|api_?key|access_?key|token)[\w.:-]*)""\s*:\s*""(?<value>[^""]+)""", RegexOptions.IgnoreCase)),
        ("secret in code", new Regex(@"\b\w*(?:password|passwd|secret|apikey|api_key)\w*\s*(?:=|:)\s*""(?<value>[^""\s]{4,})""", RegexOptions.IgnoreCase)),
        ("secret in a script or environment file", new Regex(@"^\s*(?:export\s+)?\w*(?:PASSWORD|SECRET|TOKEN|API_KEY)\w*=(?<value>[^\s$""'`]{4,})", RegexOptions.Multiline)),
    ];

    private static readonly string[] KeyFiles = [".pem", ".key", ".pfx", ".p12", ".jks", ".keystore", ".ppk"];

    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY( BLOCK)?-----")]
    private static partial Regex PrivateKey();

    [Fact]
    public void No_tracked_file_holds_a_key_a_token_or_a_password_outside_the_reviewed_allow_list()
    {
        var allowed = AllowList();
        var used = new HashSet<(string, string)>();
        var findings = new List<string>();
        foreach (var path in TrackedFiles().Where(p => p != AllowListPath))
        {
            if (KeyFiles.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add($"{path}: key file");
                continue;
            }
            foreach (var (kind, value, line) in Findings(path))
            {
                if (allowed.Contains((path, value)))
                {
                    used.Add((path, value));
                }
                else
                {
                    findings.Add($"{path}:{line}: {kind}: {value}");
                }
            }
        }
        Assert.True(findings.Count == 0, "Secrets found (remove them, or add a reviewed entry to " + AllowListPath + "):\n" + string.Join("\n", findings));
        Assert.True(allowed.SetEquals(used), "Allow-list entries that match nothing any more: " + string.Join(", ", allowed.Except(used)));
    }

    [Fact]
    public void The_scan_finds_each_kind_of_secret_it_looks_for()
    {
        // Put together here so that this file does not hold them itself.
        string[] planted =
        [
            "-----BEGIN RSA " + "PRIVATE KEY-----", "-----BEGIN OPENSSH " + "PRIVATE KEY-----", "aws = AKIA" + "IOSFODNN7EXAMPLE", "ghp_" + new string('a', 36),
            "xoxb-" + "1234567890-abcdef", "AIza" + new string('b', 35), "sk_live_" + new string('c', 24), "Host=db;Username=app;Pass" + "word=hunter2;",
            "\"SmtpPass" + "word\": \"hunter2\"", "var apiKey = " + "\"0123456789abcdef\";", "export DB_PASS" + "WORD=hunter2",
            "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        ];

        Assert.All(planted, text => Assert.NotEmpty(Scan(text)));
        Assert.Empty(Scan("var password = configured ?? Generate();\n\"Password\": \"\"\nPass" + "word=...\n"));
    }

    private static IEnumerable<(string Kind, string Value, int Line)> Findings(string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestEnvironment.RepositoryRoot, path));
        return bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0) ? [] : Scan(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static IEnumerable<(string Kind, string Value, int Line)> Scan(string text)
    {
        foreach (var (kind, pattern) in Shapes)
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return (kind, match.Value, LineOf(text, match.Index));
            }
        }
        foreach (var (kind, pattern) in Assignments)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var value = match.Groups["value"].Value;
                if (!IsPlaceholder(value))
                {
                    yield return (kind, value, LineOf(text, match.Index));
                }
            }
        }
    }

    // "...", "<password>", "${PASSWORD}", "{0}", "changeme" say where a secret goes without being one.
    private static bool IsPlaceholder(string value) =>
        value.Trim('.', '<', '>', '{', '}', '$', '(', ')', '*', 'x', 'X').Length == 0 || value.StartsWith('$') || value.StartsWith('{') || value.StartsWith('<');

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static HashSet<(string Path, string Value)> AllowList()
    {
        var entries = new HashSet<(string, string)>();
        foreach (var line in File.ReadAllLines(Path.Combine(TestEnvironment.RepositoryRoot, AllowListPath)).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            Assert.True(parts.Length == 3 && parts[2].Trim().Length > 10, $"An allow-list entry needs a path, a value and a reason, tab-separated: {line}");
            entries.Add((parts[0], parts[1]));
        }
        return entries;
    }

    private static List<string> TrackedFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", "ls-files -z")
        {
            WorkingDirectory = TestEnvironment.RepositoryRoot, RedirectStandardOutput = true,
        })!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0 && files.Count > 100, $"git ls-files gave {files.Count} files, exit code {git.ExitCode}");
        return files.Where(f => File.Exists(Path.Combine(TestEnvironment.RepositoryRoot, f))).ToList();
    }
}
