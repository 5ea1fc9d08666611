using System.Globalization;
using Learning.Certificates.Reissuing;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Progress;

/// <summary>
/// Each run of a course is a scope of certificates to reissue together: those of the completed
/// enrolments in all of the run's editions, whatever their language, in enrolment order.
/// </summary>
public sealed class RunCertificateScopes(LearningDbContext db, PoStringLocalizer t) : ICertificateScopes
{
    private const string Prefix = "course-run:";

    public async Task<IReadOnlyList<CertificateScope>> ListAsync(CancellationToken ct)
    {
        var runs = await (from run in db.Set<Run>()
                          join course in db.Set<Course>() on run.CourseId equals course.Id
                          orderby course.Id, run.Number
                          select new { run.Id, run.Number, course }).AsNoTracking().ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        return runs.Select(r => new CertificateScope(Prefix + r.Id, t["{0} — run {1}", r.course.TitleIn(culture), r.Number].Value)).ToList();
    }

    public Task<int> CountAsync(string scope, CancellationToken ct) => Completed(scope).CountAsync(ct);

    public async Task<CertificateBatch> NextBatchAsync(string scope, string cursor, int size, CancellationToken ct)
    {
        var after = long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var rows = await (from enrolment in Completed(scope)
                          where enrolment.Id > after
                          join edition in db.Set<Edition>() on enrolment.EditionId equals edition.Id
                          join user in db.Users on enrolment.UserId equals user.Id
                          join course in db.Set<Course>() on edition.CourseId equals course.Id
                          join track in db.Set<Track>() on edition.TrackId equals track.Id
                          orderby enrolment.Id
                          select new { enrolment.Id, user, course, track, edition.Culture }).AsNoTracking().Take(size).ToListAsync(ct);
        var requests = rows.Select(r => CourseCertificates.Request(r.Id, r.user, r.course, r.track, r.Culture)).ToList();
        return new CertificateBatch(requests, rows.Count > 0 ? rows[^1].Id.ToString(CultureInfo.InvariantCulture) : cursor);
    }

    private IQueryable<Enrolment> Completed(string scope)
    {
        var runId = scope.StartsWith(Prefix, StringComparison.Ordinal) ? scope[Prefix.Length..] : null;
        return from enrolment in db.Set<Enrolment>()
               join edition in db.Set<Edition>() on enrolment.EditionId equals edition.Id
               where edition.RunId == runId && enrolment.State == EnrolmentState.Completed
               select enrolment;
    }
}
