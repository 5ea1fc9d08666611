using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Enrolments;

public enum EnrolmentOutcome
{
    Enrolled,
    Waitlisted,
    AlreadyEnrolled,
    NotOffered,
    Closed,
}

/// <summary>
/// Enrols a learner in an edition, or puts them on its waitlist before it opens. Enrolling twice
/// changes nothing; an archived edition, or one that is not of this course, is refused.
/// </summary>
public sealed class Registrar(LearningDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<EnrolmentOutcome> EnrolAsync(string userId, string courseId, string editionId, CancellationToken ct = default)
    {
        var edition = await db.Set<Edition>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId && e.CourseId == courseId, ct);
        if (edition is null || edition.Status == EditionStatus.Draft)
        {
            return EnrolmentOutcome.NotOffered;
        }
        if (edition.Status == EditionStatus.Archived)
        {
            return EnrolmentOutcome.Closed;
        }
        if (await db.Set<Enrolment>().AnyAsync(e => e.UserId == userId && e.EditionId == editionId, ct))
        {
            return EnrolmentOutcome.AlreadyEnrolled;
        }
        var state = edition.IsOpen ? EnrolmentState.Enrolled : EnrolmentState.Waitlisted;
        db.Add(new Enrolment { UserId = userId, EditionId = editionId, State = state, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        audit.Record(state == EnrolmentState.Enrolled ? "course.enrolled" : "course.waitlisted", editionId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same learner pressed the button twice at once; the unique key kept one enrolment.
            db.ChangeTracker.Clear();
            return EnrolmentOutcome.AlreadyEnrolled;
        }
        return state == EnrolmentState.Enrolled ? EnrolmentOutcome.Enrolled : EnrolmentOutcome.Waitlisted;
    }
}
