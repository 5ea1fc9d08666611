using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Authoring;

/// <summary>Creates and changes courses, their tracks and their runs, each change with its audit entry in one save.</summary>
public sealed class CatalogAuthoring(LearningDbContext db, AuditLog audit)
{
    public Task<Course?> CourseAsync(string? id) => db.Set<Course>().FirstOrDefaultAsync(c => c.Id == id);

    public Task<Track?> TrackAsync(string courseId, string? id) => db.Set<Track>().FirstOrDefaultAsync(t => t.Id == id && t.CourseId == courseId);

    public Task<Run?> RunAsync(string courseId, string? id) => db.Set<Run>().FirstOrDefaultAsync(r => r.Id == id && r.CourseId == courseId);

    public async Task<Course> SaveCourseAsync(Course? course, CourseInput input)
    {
        course ??= db.Add(new Course { Id = await Ids.FreeAsync(input.Slug, Taken<Course>) }).Entity;
        course.Slug = input.Slug;
        course.Titles = LanguageTexts.Kept(input.Titles);
        audit.Record("course.saved", course.Id, $"{course.Slug}: {string.Join(" | ", course.Titles.Values)}");
        await db.SaveChangesAsync();
        return course;
    }

    public async Task<Track> SaveTrackAsync(Course course, Track? track, TrackInput input)
    {
        var names = LanguageTexts.Kept(input.Names);
        var stem = Ids.Slug(names.GetValueOrDefault("en") ?? names.Values.First(), "track");
        track ??= db.Add(new Track { Id = await Ids.FreeAsync(stem, Taken<Track>), CourseId = course.Id }).Entity;
        (track.Names, track.Cultures, track.Hours, track.Weeks, track.RequiredUnits, track.PassMark) =
            (names, input.Cultures, input.Hours, input.Weeks, input.RequiredUnits, input.PassMark);
        audit.Record("course.track-saved", track.Id,
            $"{string.Join(", ", track.Cultures)}; {track.RequiredUnits?.ToString() ?? "all"} units, pass mark {track.PassMark}");
        await db.SaveChangesAsync();
        return track;
    }

    public async Task<Run> SaveRunAsync(Course course, Run? run, RunInput input, DateOnly startsOn, DateOnly endsOn)
    {
        run ??= db.Add(new Run { Id = await Ids.FreeAsync($"{course.Id}-run-{input.Number}", Taken<Run>), CourseId = course.Id }).Entity;
        (run.Number, run.StartsOn, run.EndsOn) = (input.Number, startsOn, endsOn);
        audit.Record("course.run-saved", run.Id, $"run {run.Number}: {startsOn:yyyy-MM-dd} to {endsOn:yyyy-MM-dd}");
        await db.SaveChangesAsync();
        return run;
    }

    private Task<bool> Taken<T>(string id) where T : class => db.Set<T>().AnyAsync(x => EF.Property<string>(x, "Id") == id);
}
