using Learning.Core;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learning.Courses.Releases;

/// <summary>
/// The job that opens an edition at its time: it publishes the edition unless a translation is
/// missing, then tells its learners and waitlist. Safe to run twice or to retry after a crash.
/// </summary>
public sealed class EditionRelease(
    LearningDbContext db, PublicAddress address, TranslationStatus translations, ReleaseFanOut fanOut, EditorNotice editors, UnitRelease units, TimeProvider clock, ILogger<EditionRelease> logger)
{
    public async Task<int> RunAsync(string editionId, int scheduleVersion, CancellationToken ct)
    {
        var edition = await db.Set<Edition>().FirstOrDefaultAsync(e => e.Id == editionId, ct);
        if (edition is null || edition.ScheduleVersion != scheduleVersion)
        {
            logger.LogInformation("Release of {Edition} v{Version} is stale; nothing to do", editionId, scheduleVersion);
            return 0;
        }
        if (edition.Status == EditionStatus.Scheduled && !await PublishAsync(edition, ct))
        {
            return 0;
        }
        return edition.Status == EditionStatus.Released ? await fanOut.RunAsync(await MailingAsync(edition, ct), ct) : 0;
    }

    private async Task<bool> PublishAsync(Edition edition, CancellationToken ct)
    {
        var gaps = await translations.GapsAsync(edition, ct);
        if (gaps.Count > 0)
        {
            await editors.TellBlockedAsync(edition, gaps, ct);
            return false;
        }
        edition.Status = EditionStatus.Released;
        edition.ReleasedUtc = clock.GetUtcNow().UtcDateTime;
        edition.ReleaseProblem = "";
        // Saved with the release itself: a crash right after publishing leaves an unfinished run,
        // which the next start resumes, rather than a released edition nobody was told about.
        var runId = RunIdOf(edition);
        if (!await db.Set<ReleaseRun>().AnyAsync(r => r.Id == runId, ct))
        {
            db.Add(new ReleaseRun { Id = runId, EditionId = edition.Id, StartedUtc = edition.ReleasedUtc.Value });
        }
        await SaveReleaseAsync(edition.Id, ct);
        units.PlanAll(await db.Set<Edition>().AsNoTracking().Include(e => e.Units).FirstAsync(e => e.Id == edition.Id, ct));
        return true;
    }

    /// <summary>Saves the release; a run of the same job that published it a moment earlier is as good.</summary>
    private async Task SaveReleaseAsync(string editionId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            if (!await ReleasedByAnotherRunAsync(editionId, ct))
            {
                throw;
            }
        }
    }

    private async Task<bool> ReleasedByAnotherRunAsync(string editionId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Set<Edition>().AsNoTracking().AnyAsync(e => e.Id == editionId && e.Status == EditionStatus.Released, ct)
            && await db.Set<ReleaseRun>().AnyAsync(r => r.EditionId == editionId, ct);
    }

    private static string RunIdOf(Edition edition) => $"edition-release:{edition.Id}";

    private async Task<ReleaseMailing> MailingAsync(Edition edition, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == edition.CourseId, ct);
        return new ReleaseMailing(RunIdOf(edition), edition.Id, "edition-released", edition.Culture, OpensWaitlist: true,
            new Dictionary<string, object?>
            {
                ["course"] = course.TitleIn(edition.Culture),
                ["edition"] = edition.Title,
                ["link"] = address.Link(CourseAddresses.Course(edition.Culture, course.Slug)),
            });
    }
}
