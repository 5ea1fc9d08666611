using Learning.Certificates.Rendering;
using Learning.Core;

namespace Learning.Certificates.Issuing;

/// <summary>A sample certificate printed with a wording that is not saved yet, as the editor sees it before saving.</summary>
public sealed class TemplatePreview(CertificateComposer composer, CertificateRenderer renderer, PublicAddress address)
{
    public byte[] Render(CertificateTemplate template)
    {
        var certificate = SampleCertificate.For(template.Culture, template: template.Name);
        return renderer.Render(composer.Compose(certificate, template, CertificateIssuer.VerifyUrl(address.BaseUrl, certificate.Code)));
    }
}
