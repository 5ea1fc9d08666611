using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Progress;

/// <summary>The certificate of completion of an enrolment: in the edition's language, with the name the learner typed.</summary>
public sealed class CourseCertificates(ICertificateIssuer issuer, LearningDbContext db) : ICompletionListener
{
    public static string SubjectKey(long enrolmentId) => $"mooc-enrolment:{enrolmentId}";

    /// <summary>What the certificate of an enrolment says today: issuing and reissuing both ask for it this way.</summary>
    public static CertificateRequest Request(long enrolmentId, LearningUser user, Course course, Track track, string culture) =>
        new(SubjectKey(enrolmentId), "MOOC", user.Id, user.DisplayName, culture, course.TitleIn(culture), track.NameIn(culture));

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
        return await issuer.IssueAsync(Request(study.Enrolment.Id, user, course, study.Track, study.Edition.Culture), ct);
    }
}
