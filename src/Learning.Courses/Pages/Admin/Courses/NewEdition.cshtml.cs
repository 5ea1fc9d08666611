using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Authoring;
using Learning.Courses.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A new language edition of one of the run's tracks, in a language the track offers.</summary>
public sealed class NewEditionModel(LearningDbContext db, EditionAuthoring authoring, EditionChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public NewEditionInput Input { get; set; } = new();

    public Run Run { get; private set; } = null!;

    public List<Track> Tracks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string runId) => await LoadAsync(runId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string runId)
    {
        if (!await LoadAsync(runId))
        {
            return NotFound();
        }
        var track = await checks.CheckNewAsync(Input, Run, ModelState);
        if (!ModelState.IsValid || track is null)
        {
            return Invalid();
        }
        var edition = await authoring.CreateAsync(Run, track, Input);
        return Done(t["The edition was created as a draft."], AuthoringPaths.Edition(edition.Id));
    }

    private async Task<bool> LoadAsync(string runId)
    {
        if (await db.Set<Run>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId) is not { } run)
        {
            return false;
        }
        Run = run;
        Tracks = await db.Set<Track>().AsNoTracking().Where(t => t.CourseId == run.CourseId).OrderBy(t => t.Id).ToListAsync();
        return true;
    }
}
