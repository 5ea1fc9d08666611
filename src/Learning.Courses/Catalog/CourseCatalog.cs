using Learning.Core.Data;
using Learning.Courses.Editions;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Catalog;

/// <summary>The open and upcoming editions, filtered as a visitor asks.</summary>
public sealed class CourseCatalog(LearningDbContext db)
{
    public async Task<List<CatalogEntry>> ListAsync(string? trackId, string? culture, string? when, string? courseId = null, CancellationToken ct = default)
    {
        var editions = db.Set<Edition>().AsNoTracking().Where(e => e.Status == EditionStatus.Released || e.Status == EditionStatus.Scheduled);
        if (!string.IsNullOrEmpty(trackId))
        {
            editions = editions.Where(e => e.TrackId == trackId);
        }
        if (!string.IsNullOrEmpty(culture))
        {
            editions = editions.Where(e => e.Culture == culture);
        }
        if (!string.IsNullOrEmpty(courseId))
        {
            editions = editions.Where(e => e.CourseId == courseId);
        }
        editions = when switch
        {
            "open" => editions.Where(e => e.Status == EditionStatus.Released),
            "upcoming" => editions.Where(e => e.Status == EditionStatus.Scheduled),
            _ => editions,
        };
        var rows = await (from e in editions
                          join c in db.Set<Course>() on e.CourseId equals c.Id
                          join t in db.Set<Track>() on e.TrackId equals t.Id
                          join r in db.Set<Run>() on e.RunId equals r.Id
                          select new { e, c, t, r }).ToListAsync(ct);
        return rows.Select(x => new CatalogEntry(x.c, x.t, x.r, x.e))
            .OrderBy(x => x.Course.Id).ThenByDescending(x => x.Run.Number).ThenBy(x => x.Track.Id).ThenBy(x => x.Edition.Culture).ToList();
    }

    public Task<List<Track>> TracksAsync(CancellationToken ct = default) => db.Set<Track>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);

    public Task<Course?> FindAsync(string slug, CancellationToken ct = default) =>
        db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);
}
