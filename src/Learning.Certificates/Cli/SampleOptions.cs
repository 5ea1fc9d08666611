using System.Diagnostics.CodeAnalysis;
using Learning.Certificates.Issuing;

namespace Learning.Certificates.Cli;

/// <summary>The options of <c>certificate sample</c>, read strictly: an unknown option, or one without its value, is an error and not a guess.</summary>
internal sealed record SampleOptions(string Culture, string HolderName, string Out, string Course, string Track, string BaseUrl)
{
    private static readonly HashSet<string> Known = ["--culture", "--name", "--out", "--course", "--track", "--base-url"];

    public static bool TryParse(string[] args, [NotNullWhen(true)] out SampleOptions? options, out string problem)
    {
        options = null;
        if (args.Length < 2 || args[0] != "certificate" || args[1] != "sample")
        {
            problem = "expected 'certificate sample'";
            return false;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < args.Length; i += 2)
        {
            if (!Known.Contains(args[i]))
            {
                problem = $"unknown option '{args[i]}'";
                return false;
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"{args[i]} needs a value";
                return false;
            }
            values[args[i]] = args[i + 1];
        }
        return Build(values, out options, out problem);
    }

    private static bool Build(Dictionary<string, string> values, out SampleOptions? options, out string problem)
    {
        options = null;
        foreach (var required in new[] { "--culture", "--name", "--out" })
        {
            if (!values.TryGetValue(required, out var value) || string.IsNullOrWhiteSpace(value))
            {
                problem = $"missing {required}";
                return false;
            }
        }
        options = new SampleOptions(values["--culture"], values["--name"].Trim(), values["--out"],
            values.GetValueOrDefault("--course", SampleCertificate.Course),
            values.GetValueOrDefault("--track", SampleCertificate.Track),
            values.GetValueOrDefault("--base-url", "https://learning.example.org"));
        problem = "";
        return true;
    }
}
