using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Training.Cohorts;
using Learning.Training.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Jobs;

/// <summary>
/// The recurring training job: closes applications at their deadline, reminds participants a day
/// before each session, and issues certificates after a cohort's last session. Every part reads
/// the database afresh and writes with dedup keys or issue-once subjects, so a run repeated or
/// run twice at once changes nothing more.
/// </summary>
public sealed class TrainingSweep(LearningDbContext db, CohortAccess access, ParticipantMail mail, TrainingCertificates certificates,
    OutboxSchedule delivery, TimeProvider clock)
{
    public const string RecurringJobId = "training-sweep";

    private static readonly TimeSpan ReminderAhead = TimeSpan.FromHours(24);
    private static readonly TimeSpan CertificateWindow = TimeSpan.FromDays(14);

    public async Task RunAsync(CancellationToken ct)
    {
        await CloseDeadlinesAsync(ct);
        await RemindAsync(ct);
        await IssueCertificatesAsync(ct);
    }

    /// <summary>Saved through the change tracker, not a bulk update, so the public pages that list the cohort are refreshed.</summary>
    public async Task<int> CloseDeadlinesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Cohort>().Where(c => !c.ApplicationsClosed && c.ApplyUntilUtc != null && c.ApplyUntilUtc <= now).ToListAsync(ct);
        due.ForEach(c => c.ApplicationsClosed = true);
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    public async Task RemindAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<LiveSession>().AsNoTracking().Where(s => !s.Cancelled && s.StartsUtc > now && s.StartsUtc <= now + ReminderAhead).ToListAsync(ct);
        await delivery.SaveOnceAsync(db, async () =>
        {
            foreach (var session in due)
            {
                var cohort = await db.Set<Cohort>().AsNoTracking().FirstAsync(c => c.Id == session.CohortId, ct);
                var extra = new Dictionary<string, object?> { ["session"] = session.Title, ["starts"] = session.StartsLocal, ["zone"] = session.TimeZone };
                foreach (var participant in await access.ParticipantsAsync(cohort.Id, ct))
                {
                    // The start time is in the key: a session moved after its reminder gets a new one.
                    var key = $"training-reminder:{session.Id}:{session.StartsUtc.Ticks}:{participant.UserId}";
                    await mail.QueueAsync("training-reminder", cohort, participant, key, new CalendarPart([session], CalendarFile.Request), extra, ct);
                }
            }
        }, ct);
    }

    public async Task IssueCertificatesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ended = await db.Set<LiveSession>().Where(s => !s.Cancelled).GroupBy(s => s.CohortId)
            .Where(g => g.Max(s => s.EndsUtc) <= now && g.Max(s => s.EndsUtc) > now - CertificateWindow).Select(g => g.Key).ToListAsync(ct);
        foreach (var cohortId in ended)
        {
            var cohort = await db.Set<Cohort>().AsNoTracking().FirstAsync(c => c.Id == cohortId, ct);
            foreach (var participant in await access.ParticipantsAsync(cohortId, ct))
            {
                await certificates.ParticipationAsync(cohort, participant, ct);
            }
        }
    }
}
