using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Training.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Sessions;

/// <summary>
/// Plans a cohort's live sessions. Moving or cancelling one raises its SEQUENCE and sends every
/// participant the update for the same UID, once per change.
/// </summary>
public sealed class SessionPlanner(LearningDbContext db, CohortAccess access, ParticipantMail mail, OutboxSchedule delivery, AuditLog audit)
{
    public async Task<LiveSession> AddAsync(Cohort cohort, SessionInput input, SessionTimes times, CancellationToken ct)
    {
        var session = new LiveSession { CohortId = cohort.Id, Uid = Guid.NewGuid() };
        Apply(session, input, times);
        db.Add(session);
        audit.Record("training.session-added", cohort.Id, input.Title);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task<bool> MoveAsync(Cohort cohort, long sessionId, SessionInput input, SessionTimes times, CancellationToken ct)
    {
        if (await FindAsync(cohort, sessionId, ct) is not { } session)
        {
            return false;
        }
        Apply(session, input, times);
        session.Sequence++;
        audit.Record("training.session-changed", cohort.Id, session.Id.ToString());
        await NotifyAsync(cohort, session, CalendarFile.Request, ct);
        return true;
    }

    public async Task<bool> CancelAsync(Cohort cohort, long sessionId, CancellationToken ct)
    {
        if (await FindAsync(cohort, sessionId, ct) is not { } session)
        {
            return false;
        }
        if (session.Cancelled)
        {
            return true;
        }
        session.Cancelled = true;
        session.Sequence++;
        audit.Record("training.session-cancelled", cohort.Id, session.Id.ToString());
        await NotifyAsync(cohort, session, CalendarFile.Cancel, ct);
        return true;
    }

    private Task<LiveSession?> FindAsync(Cohort cohort, long sessionId, CancellationToken ct) =>
        db.Set<LiveSession>().FirstOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohort.Id, ct);

    private static void Apply(LiveSession session, SessionInput input, SessionTimes times)
    {
        (session.Title, session.TimeZone, session.Materials) = (input.Title.Trim(), input.TimeZone, Blank(input.Materials));
        (session.OnlineLink, session.Venue) = (Blank(input.OnlineLink), Blank(input.Venue));
        (session.StartsLocal, session.EndsLocal, session.StartsUtc, session.EndsUtc) = (times.StartsLocal, times.EndsLocal, times.StartsUtc, times.EndsUtc);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task NotifyAsync(Cohort cohort, LiveSession session, string method, CancellationToken ct)
    {
        var calendar = new CalendarPart([session], method);
        var extra = new Dictionary<string, object?> { ["session"] = session.Title, ["cancelled"] = session.Cancelled };
        foreach (var participant in await access.ParticipantsAsync(cohort.Id, ct))
        {
            await mail.QueueAsync("training-session-changed", cohort, participant, $"training-session:{session.Id}:{session.Sequence}:{participant.UserId}", calendar, extra, ct);
        }
        await db.SaveChangesAsync(ct);
        delivery.RequestDelivery();
    }
}
