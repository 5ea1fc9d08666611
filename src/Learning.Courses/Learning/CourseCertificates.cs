using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Learning;

/// <summary>The certificate of completion of an enrolment: in the edition's language, with the name the learner typed.</summary>
public sealed class CourseCertificates(ICertificateIssuer issuer, LearningDbContext db) : ICompletionListener
{
    public static string SubjectKey(Enrolment enrolment) => $"mooc-enrolment:{enrolment.Id}";

    public async Task CompletedAsync(Study study, CancellationToken ct) => await IssueAsync(study, ct);

    /// <summary>Issues it, or returns the one issued before; null while the enrolment is not complete.</summary>
    public async Task<Certificate?> IssueAsync(Study study, CancellationToken ct = default)
    {
        if (study.Enrolment.State != EnrolmentState.Completed)
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == study.Enrolment.UserId, ct);
        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == study.Edition.CourseId, ct);
        var culture = study.Edition.Culture;
        return await issuer.IssueAsync(new CertificateRequest(SubjectKey(study.Enrolment), "MOOC", user.Id, user.DisplayName, culture,
            course.TitleIn(culture), study.Track.NameIn(culture)), ct);
    }
}
