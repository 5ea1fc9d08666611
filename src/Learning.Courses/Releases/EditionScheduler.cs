using System.Globalization;
using Learning.Core.Jobs;
using Hangfire;
using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Releases;

/// <summary>
/// Plans an edition's release at a local time in its own time zone. Each change of schedule bumps
/// the edition's schedule version, so a job planned for an earlier time finds itself stale and does nothing.
/// </summary>
public sealed class EditionScheduler(LearningDbContext db, IBackgroundJobClient jobs, PlannedJobs planned, AuditLog audit)
{
    public static void SetReleaseTime(Edition edition, DateTime local, string timeZone)
    {
        edition.ReleaseAtLocal = local;
        edition.TimeZone = timeZone;
        edition.ReleaseAtUtc = ToUtc(local, timeZone);
        edition.ScheduleVersion++;
    }

    public static DateTime ToUtc(DateTime local, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A local time skipped by a daylight-saving change is moved forward by the gap, as a person would read it.
        var valid = zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified;
        return TimeZoneInfo.ConvertTimeToUtc(valid, zone);
    }

    /// <summary>Plans the release job of the edition's current schedule, once however many nodes ask; a time in the past runs at once.</summary>
    public void Plan(Edition edition) =>
        planned.Once($"edition-release:{edition.Id}", edition.ScheduleVersion.ToString(CultureInfo.InvariantCulture), () =>
            jobs.Schedule<EditionRelease>(r => r.RunAsync(edition.Id, edition.ScheduleVersion, CancellationToken.None),
                new DateTimeOffset(DateTime.SpecifyKind(edition.ReleaseAtUtc, DateTimeKind.Utc))));

    public async Task<Edition?> ScheduleAsync(string editionId, DateTime local, string timeZone, CancellationToken ct = default)
    {
        var edition = await db.Set<Edition>().FirstOrDefaultAsync(e => e.Id == editionId, ct);
        if (edition is null || edition.Status is EditionStatus.Released or EditionStatus.Archived)
        {
            return null;
        }
        SetReleaseTime(edition, local, timeZone);
        edition.Status = EditionStatus.Scheduled;
        audit.Record("edition.scheduled", edition.Id, $"{local:yyyy-MM-dd HH:mm} {timeZone} = {edition.ReleaseAtUtc:yyyy-MM-dd HH:mm} UTC");
        await db.SaveChangesAsync(ct);
        Plan(edition);
        return edition;
    }

    public async Task<bool> CancelAsync(string editionId, CancellationToken ct = default)
    {
        var edition = await db.Set<Edition>().FirstOrDefaultAsync(e => e.Id == editionId && e.Status == EditionStatus.Scheduled, ct);
        if (edition is null)
        {
            return false;
        }
        edition.Status = EditionStatus.Translated;
        edition.ScheduleVersion++;
        audit.Record("edition.unscheduled", edition.Id);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
