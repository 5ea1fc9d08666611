using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Sessions;

/// <summary>
/// Records attendance, one participant or the whole grid at once. Every mark is checked first;
/// a mark for someone who is not an accepted participant refuses the whole submission.
/// </summary>
public sealed class AttendanceRegister(LearningDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The user ids that are not in the cohort; nothing was written when any is returned.</summary>
    public async Task<List<string>> RecordAsync(Cohort cohort, LiveSession session, IReadOnlyDictionary<string, AttendanceMark> marks, CancellationToken ct)
    {
        var members = await db.Set<Application>().Where(a => a.CohortId == cohort.Id && a.State == ApplicationState.Accepted)
            .Select(a => a.UserId).ToListAsync(ct);
        var strangers = marks.Keys.Except(members).ToList();
        if (strangers.Count > 0)
        {
            return strangers;
        }
        var ids = marks.Keys.ToList();
        var existing = await db.Set<Attendance>().Where(a => a.SessionId == session.Id && ids.Contains(a.UserId)).ToDictionaryAsync(a => a.UserId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (userId, mark) in marks)
        {
            var row = existing.GetValueOrDefault(userId) ?? db.Add(new Attendance { SessionId = session.Id, UserId = userId }).Entity;
            (row.Mark, row.RecordedUtc) = (mark, now);
        }
        audit.Record("training.attendance", cohort.Id, $"session {session.Id}: {marks.Count}");
        await db.SaveChangesAsync(ct);
        return [];
    }
}
