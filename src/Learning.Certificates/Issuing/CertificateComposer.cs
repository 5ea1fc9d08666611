using System.Globalization;
using Learning.Certificates.Rendering;
using Learning.Core.Cultures;
using Learning.Core.Email;

namespace Learning.Certificates.Issuing;

/// <summary>
/// Puts a certificate's document together: the template rendered with the certificate's values
/// and the language's date format, and the page direction of the language.
/// </summary>
public sealed class CertificateComposer(LiquidTemplates liquid, CultureCatalog cultures)
{
    public CertificateDocument Compose(Certificate certificate, CertificateTemplate template, string verifyUrl)
    {
        var culture = CultureInfo.GetCultureInfo(certificate.Culture);
        var wording = Wording(template, certificate, culture, verifyUrl)
            ?? Wording(BuiltInTemplates.Find(certificate.Template, certificate.Culture), certificate, culture, verifyUrl)!;
        var rightToLeft = cultures.Find(certificate.Culture)?.RightToLeft ?? culture.TextInfo.IsRightToLeft;
        return new CertificateDocument(certificate.Culture, rightToLeft, certificate.HolderName, wording,
            certificate.CourseTitle, certificate.TrackTitle, certificate.IssuedOn, certificate.Code, verifyUrl);
    }

    /// <summary>The template's five lines, or null when it does not render to five (then the built-in wording is used).</summary>
    private CertificateWording? Wording(CertificateTemplate template, Certificate certificate, CultureInfo culture, string verifyUrl)
    {
        try
        {
            return CertificateWording.FromLines(liquid.Render(template.Body, Model(certificate, culture, verifyUrl), culture, html: false));
        }
        catch (Exception)
        {
            // A template broken after validation (an edit, a newer Liquid) must not stop a certificate.
            return null;
        }
    }

    /// <summary>The values a template may use, e.g. <c>Issued on {{ date }}</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Model(Certificate certificate, CultureInfo culture, string verifyUrl) =>
        new Dictionary<string, object?>
        {
            ["name"] = certificate.HolderName,
            ["course"] = certificate.CourseTitle,
            ["track"] = certificate.TrackTitle,
            ["programme"] = certificate.Programme,
            ["date"] = certificate.IssuedOn.ToString("D", culture),
            ["code"] = certificate.Code,
            ["url"] = verifyUrl,
        };
}
