using System.Diagnostics;
using Learning.Certificates.Issuing;
using Learning.Certificates.Rendering;
using Learning.Core.Cultures;
using Learning.Core.Email;

namespace Learning.Certificates.Cli;

/// <summary>
/// <c>certificate benchmark [--seconds N]</c>: renders certificates in all built-in languages in
/// turn on one thread and prints certificates per second and the size per language, to size a
/// bulk run before it is started.
/// </summary>
public static class CertificateBenchmark
{
    public static int Run(string[] args, TextWriter output)
    {
        var seconds = args.Length == 4 && args[2] == "--seconds" && int.TryParse(args[3], out var s) && s > 0 ? s : 5;
        var renderer = new CertificateRenderer();
        var composer = new CertificateComposer(new LiquidTemplates(), new CultureCatalog());
        var documents = BuiltInTemplates.Templates.Select(t => Sample(composer, t)).ToList();
        foreach (var document in documents)
        {
            output.WriteLine($"{document.Culture,-8} {renderer.Render(document).Length / 1024.0,6:0.0} KB");
        }
        var clock = Stopwatch.StartNew();
        var rendered = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            renderer.Render(documents[rendered++ % documents.Count]);
        }
        output.WriteLine($"{rendered / clock.Elapsed.TotalSeconds:0} certificates/s on one thread ({rendered} in {clock.Elapsed.TotalSeconds:0.0} s)");
        return 0;
    }

    private static CertificateDocument Sample(CertificateComposer composer, CertificateTemplate template)
    {
        var certificate = SampleCertificate.For(template.Culture);
        return composer.Compose(certificate, template, CertificateIssuer.VerifyUrl("https://learning.example.org", certificate.Code));
    }
}
