using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.Training.Cohorts;
using Learning.Training.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Learning.Core.Cultures;

namespace Learning.Training.Pages.Training;

/// <summary>One cohort: what it is, its sessions, and the application form with a motivation.</summary>
[AllowAnonymous]
public sealed class CohortModel(LearningDbContext db, Admissions admissions, TimeProvider clock, PoStringLocalizer t) : SitePage
{
    public Cohort Cohort { get; private set; } = null!;

    public List<LiveSession> Sessions { get; private set; } = [];

    public Application? Mine { get; private set; }

    /// <summary>Join links are for the accepted participants and the cohort's trainers; anyone else learns only that a session is online.</summary>
    public bool MayJoin { get; private set; }

    public bool TakesApplications => Cohort.TakesApplications(clock.GetUtcNow().UtcDateTime);

    [BindProperty]
    public string? Motivation { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApplyAsync(string slug)
    {
        // Razor Pages ignore [Authorize] on a handler, so the post checks for itself.
        if (UserId is null)
        {
            return Challenge();
        }
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }
        var outcome = await admissions.ApplyAsync(Cohort, UserId, Culture, Motivation, Aborted);
        return outcome switch
        {
            ApplyOutcome.Applied => Done(t["Thank you. Your application was received; the trainers will answer by e-mail."]),
            ApplyOutcome.AlreadyApplied => Invalid([t["You have already applied to this cohort."]]),
            ApplyOutcome.Closed => Invalid([t["Applications to this cohort are closed."]]),
            _ => Invalid([t["Please tell us your motivation (at most {0} characters).", Admissions.MotivationLength]]),
        };
    }

    private async Task<bool> LoadAsync(string slug)
    {
        if (await db.Set<Cohort>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, Aborted) is not { } cohort)
        {
            return false;
        }
        Cohort = cohort;
        Sessions = await db.Set<LiveSession>().AsNoTracking().Where(s => s.CohortId == cohort.Id).OrderBy(s => s.StartsUtc).ToListAsync(Aborted);
        if (UserId is { } userId)
        {
            Mine = await db.Set<Application>().AsNoTracking().FirstOrDefaultAsync(a => a.CohortId == cohort.Id && a.UserId == userId, Aborted);
            MayJoin = Mine?.State == ApplicationState.Accepted
                || await db.Set<CohortTrainer>().AnyAsync(t => t.CohortId == cohort.Id && t.UserId == userId, Aborted);
        }
        return true;
    }
}
