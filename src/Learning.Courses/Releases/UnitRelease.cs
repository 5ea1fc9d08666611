using System.Globalization;
using Learning.Core.Jobs;
using Hangfire;
using Learning.Core;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Releases;

/// <summary>
/// The weekly drip: a unit opens a number of weeks after its edition, and its learners get an
/// e-mail. Planned when the edition opens and re-planned at every start; safe to run twice.
/// </summary>
public sealed class UnitRelease(LearningDbContext db, ReleaseFanOut fanOut, PublicAddress address, IBackgroundJobClient jobs, PlannedJobs planned, TimeProvider clock)
{
    private static readonly TimeSpan LateMailLimit = TimeSpan.FromDays(1);

    /// <summary>Its own release time when it has one, otherwise its week after the edition.</summary>
    public static DateTime OpensAtUtc(Edition edition, Unit unit) => unit.ReleaseAtLocal is { } local
        ? EditionScheduler.ToUtc(local, edition.TimeZone)
        : edition.ReleaseAtUtc.AddDays(7 * unit.ReleaseWeek);

    /// <summary>When the unit opens on the clock of its edition's time zone, as its editors read it.</summary>
    public static DateTime OpensAtLocal(Edition edition, Unit unit) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(OpensAtUtc(edition, unit), DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(edition.TimeZone));

    /// <summary>A unit that does not open with its edition has its own release, and its own job.</summary>
    public static bool Drips(Unit unit) => unit.ReleaseWeek > 0 || unit.ReleaseAtLocal is not null;

    public void PlanAll(Edition edition)
    {
        foreach (var unit in edition.Units.Where(u => Drips(u) && u.ReleasedUtc is null))
        {
            Plan(edition, unit);
        }
    }

    public void Plan(Edition edition, Unit unit)
    {
        var opens = DateTime.SpecifyKind(OpensAtUtc(edition, unit), DateTimeKind.Utc);
        planned.Once($"unit-release:{unit.Id}", opens.ToString("O", CultureInfo.InvariantCulture), () =>
            jobs.Schedule<UnitRelease>(r => r.RunAsync(unit.Id, CancellationToken.None), new DateTimeOffset(opens)));
    }

    public async Task<int> RunAsync(string unitId, CancellationToken ct)
    {
        var unit = await db.Set<Unit>().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        var edition = unit is null ? null : await db.Set<Edition>().AsNoTracking().FirstAsync(e => e.Id == unit.EditionId, ct);
        if (unit is null || edition is not { Status: EditionStatus.Released } || clock.GetUtcNow().UtcDateTime < OpensAtUtc(edition, unit).AddSeconds(-5))
        {
            return 0;
        }
        var firstRun = unit.ReleasedUtc is null;
        if (firstRun)
        {
            unit.ReleasedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        // News of a unit that opened long ago (an old run, a site set up later) is no news: it opens quietly.
        if (firstRun && clock.GetUtcNow().UtcDateTime > OpensAtUtc(edition, unit) + LateMailLimit)
        {
            return 0;
        }
        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == edition.CourseId, ct);
        return await fanOut.RunAsync(new ReleaseMailing($"unit-release:{unit.Id}", edition.Id, "unit-released", edition.Culture, OpensWaitlist: false,
            new Dictionary<string, object?>
            {
                ["edition"] = edition.Title,
                ["unit"] = unit.Title,
                ["link"] = address.Link(CourseAddresses.Study(edition.Culture, edition.Id)),
                ["course"] = course.TitleIn(edition.Culture),
            }), ct);
    }
}
