using Learning.Certificates.Issuing;
using Learning.Core;
using Learning.Core.Cultures;
using Learning.Courses.Progress;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Learning;

/// <summary>The holder's own certificate as a PDF; nobody else's, and only once the edition is complete.</summary>
public sealed class CertificateModel(Studies studies, CultureCatalog cultures, CourseCertificates certificates, ICertificateIssuer issuer, PublicAddress address)
    : StudyPageModel(studies, cultures)
{
    public async Task<IActionResult> OnGetAsync(string editionId)
    {
        if (!await OpenAsync(editionId) || await certificates.IssueAsync(Study, HttpContext.RequestAborted) is not { } certificate)
        {
            return NotFound();
        }
        var pdf = await issuer.RenderPdfAsync(certificate, address.BaseUrl, HttpContext.RequestAborted);
        return File(pdf, "application/pdf", $"certificate-{certificate.Code}.pdf");
    }
}
