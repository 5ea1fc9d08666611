using Learning.Core.Data;
using Learning.Courses.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>Every course with the number of its tracks and runs; the way in to the course editors.</summary>
public sealed class CatalogModel(LearningDbContext db) : AuthoringPage
{
    public List<(Course Course, int Tracks, int Runs)> Courses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Set<Course>().AsNoTracking().OrderBy(c => c.Slug)
            .Select(c => new
            {
                Course = c,
                Tracks = db.Set<Track>().Count(t => t.CourseId == c.Id),
                Runs = db.Set<Run>().Count(r => r.CourseId == c.Id),
            }).ToListAsync(Aborted);
        Courses = rows.Select(r => (r.Course, r.Tracks, r.Runs)).ToList();
    }
}
