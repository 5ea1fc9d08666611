using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Learning.Courses.Recipes;
using Learning.Courses.Releases;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Catalog;

/// <summary>
/// Starts the next run of a course from the last one: same tracks, languages and content, a year
/// later, every edition back to draft so editors can revise and schedule it.
/// </summary>
public sealed class RunCopier(LearningDbContext db, AuditLog audit)
{
    public async Task<Run?> CopyLastAsync(string courseId, CancellationToken ct = default)
    {
        var last = await db.Set<Run>().Where(r => r.CourseId == courseId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return null;
        }
        var next = new Run { Id = NextId(last), CourseId = courseId, Number = last.Number + 1, StartsOn = last.StartsOn.AddYears(1), EndsOn = last.EndsOn.AddYears(1) };
        if (await db.Set<Run>().AnyAsync(r => r.Id == next.Id, ct))
        {
            return null;
        }
        db.Add(next);
        var editions = await EditionContent.LoadAsync(db.Set<Edition>().AsNoTracking().Where(e => e.RunId == last.Id), ct);
        db.AddRange(editions.Select(e => Copy(e, new Rekey(last.Id, next.Id))));
        audit.Record("course.run-copied", next.Id, $"from {last.Id}, {editions.Count} editions");
        await db.SaveChangesAsync(ct);
        return next;
    }

    private static string NextId(Run last)
    {
        var suffix = $"-{last.Number}";
        return last.Id.EndsWith(suffix, StringComparison.Ordinal) ? $"{last.Id[..^suffix.Length]}-{last.Number + 1}" : $"{last.Id}-{last.Number + 1}";
    }

    private static Edition Copy(Edition source, Rekey rekey)
    {
        var data = EditionContent.ToData(source);
        var edition = new Edition
        {
            Id = rekey.Of(source.Id), CourseId = source.CourseId, RunId = rekey.To, TrackId = source.TrackId,
            Culture = source.Culture, Title = source.Title, Summary = source.Summary, Status = EditionStatus.Draft,
        };
        EditionScheduler.SetReleaseTime(edition, source.ReleaseAtLocal.AddYears(1), source.TimeZone);
        edition.Units = data.Units.Select((u, i) => EditionContent.ToUnit(edition.Id, i + 1, AYearLater(rekey.Of(u)))).ToList();
        return edition;
    }

    private static UnitData AYearLater(UnitData unit) => unit.ReleaseAt is null
        ? unit
        : unit with { ReleaseAt = EditionContent.FormatLocal(EditionContent.ParseLocal(unit.ReleaseAt).AddYears(1)) };

    /// <summary>New ids for copied content: the old run's prefix becomes the new run's, or the new run's id is put in front.</summary>
    private sealed record Rekey(string From, string To)
    {
        public string Of(string id) => id.StartsWith(From + "-", StringComparison.Ordinal) ? To + id[From.Length..] : $"{To}-{id}";

        public UnitData Of(UnitData unit) => unit with
        {
            Id = Of(unit.Id),
            Lessons = unit.Lessons.Select(l => l with { Id = Of(l.Id) }).ToList(),
            Quiz = unit.Quiz is null ? null : unit.Quiz with { Id = Of(unit.Quiz.Id), Questions = unit.Quiz.Questions.Select(q => q with { Id = Of(q.Id) }).ToList() },
        };
    }
}
