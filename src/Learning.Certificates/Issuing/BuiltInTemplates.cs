using System.Text.Json.Nodes;

namespace Learning.Certificates.Issuing;

/// <summary>
/// The wording shipped with the module, in the ten languages: what a site prints before an
/// administrator has imported or edited any template, and what a broken template falls back to.
/// The setup recipe imports the same file (<see cref="CertificatesModule.Templates"/>).
/// </summary>
public static class BuiltInTemplates
{
    private static readonly Lazy<IReadOnlyList<CertificateTemplate>> All = new(Load);

    public static IReadOnlyList<CertificateTemplate> Templates => All.Value;

    /// <summary>The template in <paramref name="culture"/>, else in English.</summary>
    public static CertificateTemplate Find(string name, string culture) =>
        Templates.FirstOrDefault(t => t.Name == name && t.Culture == culture)
        ?? Templates.FirstOrDefault(t => t.Name == name && t.Culture == Fallback)
        ?? Templates.First(t => t.Name == CertificateTemplate.Completion && t.Culture == Fallback);

    public const string Fallback = "en";

    public const string Resource = "Learning.Certificates.certificate-templates.json";

    public static bool Has(string culture) => Templates.Any(t => t.Culture == culture);

    private static IReadOnlyList<CertificateTemplate> Load()
    {
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("certificate-templates.json is not embedded");
        var items = JsonNode.Parse(stream)!.AsArray();
        return items.Select(i => new CertificateTemplate
        {
            Name = (string)i!["name"]!,
            Culture = (string)i["culture"]!,
            Body = (string)i["body"]!,
        }).ToList();
    }
}
