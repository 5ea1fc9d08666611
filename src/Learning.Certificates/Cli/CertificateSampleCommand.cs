using System.Globalization;
using Learning.Certificates.Issuing;
using Learning.Certificates.Rendering;
using Learning.Core.Cultures;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Certificates.Cli;

/// <summary>
/// <c>certificate sample --culture ar --name "…" --out FILE [--course "…"] [--track "…"]</c>:
/// renders a preview certificate with the language's template as the site has it (or the built-in
/// wording), so an editor can look at a translation on paper. Exit code 0, or 1 with the reason.
/// </summary>
public static class CertificateSampleCommand
{
    public const string Usage = "usage: certificate sample --culture CULTURE --name \"NAME\" --out FILE.pdf [--course \"COURSE\"] [--track \"TRACK\"] [--base-url URL]\n" +
        "       certificate benchmark [--seconds N]";

    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "certificate";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args.Length >= 2 && args[1] == "benchmark")
        {
            return CertificateBenchmark.Run(args, Console.Out);
        }
        if (!SampleOptions.TryParse(args, out var options, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (!IsKnownCulture(options.Culture, provider.GetService<CultureCatalog>()))
        {
            Console.Error.WriteLine($"unknown culture '{options.Culture}'; known: {string.Join(", ", KnownCultures(provider.GetService<CultureCatalog>()))}");
            return 1;
        }
        var certificate = SampleCertificate.For(options.Culture, options.HolderName, options.Course, options.Track);
        var document = await ComposeAsync(provider, certificate, CertificateIssuer.VerifyUrl(options.BaseUrl, certificate.Code));
        var pdf = (provider.GetService<CertificateRenderer>() ?? new CertificateRenderer()).Render(document);
        var file = Path.GetFullPath(options.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, pdf);
        Console.WriteLine($"Wrote {file} ({pdf.Length / 1024.0:0.0} KB, {options.Culture}, code {certificate.Code})");
        return 0;
    }

    /// <summary>The site's template when the database can be read; the built-in wording when it cannot (no site set up yet).</summary>
    private static async Task<CertificateDocument> ComposeAsync(IServiceProvider provider, Certificate certificate, string verifyUrl)
    {
        CertificateTemplate template;
        try
        {
            template = await provider.GetRequiredService<CertificateTemplates>().FindAsync(certificate.Template, certificate.Culture);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"note: the site's templates could not be read ({e.GetType().Name}); using the built-in wording");
            template = BuiltInTemplates.Find(certificate.Template, certificate.Culture);
        }
        return provider.GetRequiredService<CertificateComposer>().Compose(certificate, template, verifyUrl);
    }

    private static bool IsKnownCulture(string culture, CultureCatalog? catalog) =>
        KnownCultures(catalog).Contains(culture, StringComparer.Ordinal) && IsDotNetCulture(culture);

    private static IEnumerable<string> KnownCultures(CultureCatalog? catalog) =>
        BuiltInTemplates.Templates.Select(t => t.Culture).Concat(catalog?.Languages.Select(l => l.Culture) ?? []).Distinct().Order(StringComparer.Ordinal);

    private static bool IsDotNetCulture(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
