using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Learning.Training.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Cohorts;

/// <summary>
/// The certificates of the training programmes: participation in a cohort once its last session is
/// over and attendance reached the threshold, and the accredited trainer's. Each is issued once.
/// </summary>
public sealed class TrainingCertificates(ICertificateIssuer issuer, LearningDbContext db, TimeProvider clock)
{
    public const string Participation = "participation";
    public const string Accredited = "accreditation";

    public static string ParticipationKey(string cohortId, string userId) => $"training-participation:{cohortId}:{userId}";

    public static string AccreditationKey(string userId) => $"training-accreditation:{userId}";

    /// <summary>Per cent of the cohort's held sessions the participant attended (present or late).</summary>
    public async Task<int> AttendancePercentAsync(string cohortId, string userId, CancellationToken ct)
    {
        var held = await db.Set<LiveSession>().Where(s => s.CohortId == cohortId && !s.Cancelled).Select(s => s.Id).ToListAsync(ct);
        if (held.Count == 0)
        {
            return 0;
        }
        var attended = await db.Set<Attendance>().CountAsync(a => held.Contains(a.SessionId) && a.UserId == userId && a.Mark != AttendanceMark.Absent, ct);
        return attended * 100 / held.Count;
    }

    /// <summary>True once every session has ended.</summary>
    public async Task<bool> IsOverAsync(string cohortId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = db.Set<LiveSession>().Where(s => s.CohortId == cohortId && !s.Cancelled);
        return await sessions.AnyAsync(ct) && !await sessions.AnyAsync(s => s.EndsUtc > now, ct);
    }

    /// <summary>Issues the participation certificate, or returns the one issued before; null while not earned.</summary>
    public async Task<Certificate?> ParticipationAsync(Cohort cohort, Participant participant, CancellationToken ct)
    {
        if (await issuer.FindBySubjectAsync(ParticipationKey(cohort.Id, participant.UserId), ct) is { } issued)
        {
            return issued;
        }
        if (!await IsOverAsync(cohort.Id, ct) || await AttendancePercentAsync(cohort.Id, participant.UserId, ct) < cohort.AttendanceThreshold)
        {
            return null;
        }
        var culture = participant.Culture;
        return await issuer.IssueAsync(new CertificateRequest(ParticipationKey(cohort.Id, participant.UserId), "Training", participant.UserId,
            participant.Name, culture, cohort.TitleIn(culture), cohort.Year.ToString(), Participation), ct);
    }

    public Task<Certificate> AccreditationAsync(Cohort cohort, Participant trainer, CancellationToken ct)
    {
        var culture = trainer.Culture;
        return issuer.IssueAsync(new CertificateRequest(AccreditationKey(trainer.UserId), "Training", trainer.UserId,
            trainer.Name, culture, cohort.TitleIn(culture), cohort.Year.ToString(), Accredited), ct);
    }
}
