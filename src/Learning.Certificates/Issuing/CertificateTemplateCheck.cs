using System.Globalization;
using Learning.Certificates.Rendering;
using Learning.Core.Email;

namespace Learning.Certificates.Issuing;

public enum TemplateProblemKind
{
    NotLiquid,
    FailsToRender,
    WrongLineCount,
}

/// <summary>Why a wording cannot be printed; <see cref="Detail"/> holds the Liquid engine's own words, if any.</summary>
public sealed record TemplateProblem(TemplateProblemKind Kind, string Detail);

/// <summary>
/// What a recipe and the admin editor both require of a certificate's wording: it parses, and it
/// renders with sample values to exactly the lines the certificate has places for.
/// </summary>
public static class CertificateTemplateCheck
{
    public static TemplateProblem? Find(LiquidTemplates liquid, string body, string culture)
    {
        if (!LiquidTemplates.TryParse(body, out var error))
        {
            return new TemplateProblem(TemplateProblemKind.NotLiquid, error);
        }
        var sample = new Certificate { Code = "ML-0000-0000-0000", HolderName = "Sample", CourseTitle = "Sample", TrackTitle = "Sample" };
        var cultureInfo = CultureInfo.GetCultureInfo(culture);
        string rendered;
        try
        {
            rendered = liquid.Render(body, CertificateComposer.Model(sample, cultureInfo, "https://example.org/verify/ML-0000-0000-0000"), cultureInfo, html: false);
        }
        catch (Exception e)
        {
            return new TemplateProblem(TemplateProblemKind.FailsToRender, e.Message);
        }
        return CertificateWording.FromLines(rendered) is null ? new TemplateProblem(TemplateProblemKind.WrongLineCount, "") : null;
    }
}
