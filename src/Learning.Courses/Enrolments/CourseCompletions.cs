using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Enrolments;

/// <summary>A completed enrolment in any edition of the course counts, whatever its language or run.</summary>
public sealed class CourseCompletions(LearningDbContext db) : ICourseCompletions
{
    public Task<bool> HasCompletedAsync(string userId, string courseSlug, CancellationToken ct = default) =>
        (from e in db.Set<Enrolment>()
         join ed in db.Set<Edition>() on e.EditionId equals ed.Id
         join c in db.Set<Course>() on ed.CourseId equals c.Id
         where e.UserId == userId && c.Slug == courseSlug && e.State == EnrolmentState.Completed
         select e.Id).AnyAsync(ct);
}
