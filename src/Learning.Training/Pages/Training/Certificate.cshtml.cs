using Learning.Certificates.Issuing;
using Learning.Core.Pages;
using Learning.Core;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>
/// The holder's own training certificate as a PDF: participation in a cohort once earned, or the
/// accredited trainer's ("accreditation"). Anyone can verify it by its code.
/// </summary>
public sealed class CertificateModel(LearningDbContext db, TrainingCertificates certificates, ICertificateIssuer issuer, PublicAddress address) : SitePage
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var certificate = slug == TrainingAddresses.AccreditationSlug
            ? await issuer.FindBySubjectAsync(TrainingCertificates.AccreditationKey(UserId!), Aborted)
            : await ParticipationAsync(slug);
        if (certificate is null)
        {
            return NotFound();
        }
        var pdf = await issuer.RenderPdfAsync(certificate, address.BaseUrl, Aborted);
        return File(pdf, "application/pdf", $"certificate-{certificate.Code}.pdf");
    }

    private async Task<Certificate?> ParticipationAsync(string slug)
    {
        var found = await (from c in db.Set<Cohort>()
                           join a in db.Set<Application>() on c.Id equals a.CohortId
                           join u in db.Users on a.UserId equals u.Id
                           where c.Slug == slug && a.UserId == UserId && a.State == ApplicationState.Accepted
                           select new { Cohort = c, Participant = new Participant(u.Id, u.DisplayName, u.Email ?? "", a.Culture) })
            .AsNoTracking().FirstOrDefaultAsync(Aborted);
        return found is null ? null : await certificates.ParticipationAsync(found.Cohort, found.Participant, Aborted);
    }
}
