using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Recipes;
using Learning.Courses.Releases;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Authoring;

/// <summary>Creates editions and moves them along draft → translated and released → archived; the release itself is the scheduler's.</summary>
public sealed class EditionAuthoring(LearningDbContext db, EditionScheduler scheduler, TranslationStatus translations, AuditLog audit)
{
    /// <summary>A draft, due at 09:00 local time on the run's first day until an editor schedules it.</summary>
    public async Task<Edition> CreateAsync(Run run, Track track, NewEditionInput input)
    {
        var id = await Ids.FreeAsync($"{run.Id}-{track.Id}-{input.Culture}", i => db.Set<Edition>().AnyAsync(e => e.Id == i));
        var edition = new Edition
        {
            Id = id, CourseId = run.CourseId, RunId = run.Id, TrackId = track.Id, Culture = input.Culture,
            Title = input.Title.Trim(), Summary = input.Summary?.Trim() ?? "", Status = EditionStatus.Draft,
            ContentHash = EditionContent.Hash([]),
        };
        EditionScheduler.SetReleaseTime(edition, run.StartsOn.ToDateTime(new TimeOnly(9, 0)), input.TimeZone);
        db.Add(edition);
        audit.Record("edition.created", edition.Id, $"{edition.Culture}: {edition.Title}");
        await db.SaveChangesAsync();
        return edition;
    }

    /// <summary>A new time zone keeps the local release time, so a scheduled release moves and is planned again.</summary>
    public async Task UpdateAsync(Edition edition, EditionInput input)
    {
        edition.Title = input.Title.Trim();
        edition.Summary = input.Summary?.Trim() ?? "";
        var moved = input.TimeZone != edition.TimeZone;
        if (moved)
        {
            EditionScheduler.SetReleaseTime(edition, edition.ReleaseAtLocal, input.TimeZone);
        }
        audit.Record("edition.updated", edition.Id, $"{edition.Title}; {edition.TimeZone}");
        await db.SaveChangesAsync();
        if (moved && edition.Status == EditionStatus.Scheduled)
        {
            scheduler.Plan(edition);
        }
    }

    /// <summary>The translation gaps that keep a draft from being marked translated; none when it was.</summary>
    public async Task<List<string>> MarkTranslatedAsync(Edition edition)
    {
        var gaps = await translations.GapsAsync(edition);
        if (gaps.Count == 0)
        {
            edition.Status = EditionStatus.Translated;
            audit.Record("edition.translated", edition.Id);
            await db.SaveChangesAsync();
        }
        return gaps;
    }

    public async Task ArchiveAsync(Edition edition)
    {
        edition.Status = EditionStatus.Archived;
        audit.Record("edition.archived", edition.Id, edition.Title);
        await db.SaveChangesAsync();
    }
}
