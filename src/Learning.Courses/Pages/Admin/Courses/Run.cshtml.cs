using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Authoring;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A run of a course: its number and dates, and the way to its language editions.</summary>
public sealed class RunModel(LearningDbContext db, CatalogAuthoring authoring, CatalogChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public RunInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public Run? Run { get; private set; }

    public List<Edition> Editions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string courseId, string? runId)
    {
        if (!await LoadAsync(courseId, runId))
        {
            return NotFound();
        }
        if (Run is { } run)
        {
            Input = new RunInput { Number = run.Number, StartsOn = Iso(run.StartsOn), EndsOn = Iso(run.EndsOn) };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string courseId, string? runId)
    {
        if (!await LoadAsync(courseId, runId))
        {
            return NotFound();
        }
        var (startsOn, endsOn) = await checks.CheckRunAsync(Input, Course, Run, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var run = await authoring.SaveRunAsync(Course, Run, Input, startsOn, endsOn);
        return Done(t["The run was saved."], AuthoringPaths.Run(Course.Id, run.Id));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string courseId, string? runId)
    {
        if (await authoring.CourseAsync(courseId) is not { } course)
        {
            return false;
        }
        Course = course;
        if (runId is null)
        {
            return true;
        }
        Run = await authoring.RunAsync(courseId, runId);
        Editions = await db.Set<Edition>().AsNoTracking().Where(e => e.RunId == runId)
            .OrderBy(e => e.TrackId).ThenBy(e => e.Culture).ToListAsync();
        return Run is not null;
    }
}
