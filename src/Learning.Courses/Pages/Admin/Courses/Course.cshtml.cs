using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Authoring;
using Learning.Courses.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A new course, or an existing one with its tracks and runs.</summary>
public sealed class CourseModel(LearningDbContext db, CatalogAuthoring authoring, CatalogChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public Course? Course { get; private set; }

    public LanguageTextsField TitlesField => new("Input.Titles", t["Title in each language"], Input.Titles);

    public List<Track> Tracks { get; private set; } = [];

    public List<Run> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }
        if (Course is not null)
        {
            Input = new CourseInput { Slug = Course.Slug, Titles = Course.Titles.ToDictionary(p => p.Key, p => (string?)p.Value) };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? courseId)
    {
        if (!await LoadAsync(courseId))
        {
            return NotFound();
        }
        await checks.CheckCourseAsync(Input, Course?.Id, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var saved = await authoring.SaveCourseAsync(Course, Input);
        return Done(t["The course was saved."], AuthoringPaths.Course(saved.Id));
    }

    /// <summary>False when the address names a course that does not exist.</summary>
    private async Task<bool> LoadAsync(string? courseId)
    {
        if (courseId is null)
        {
            return true;
        }
        Course = await authoring.CourseAsync(courseId);
        if (Course is null)
        {
            return false;
        }
        Tracks = await db.Set<Track>().AsNoTracking().Where(t => t.CourseId == courseId).OrderBy(t => t.Id).ToListAsync();
        Runs = await db.Set<Run>().AsNoTracking().Where(r => r.CourseId == courseId).OrderBy(r => r.Number).ToListAsync();
        return true;
    }
}
