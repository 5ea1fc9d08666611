using Learning.Core.Pages;
using System.Text;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>
/// The cohort's sessions as one .ics for its participants and trainers, a PUBLISH that a calendar
/// imports or refreshes whole; cancelled sessions are marked so.
/// </summary>
public sealed class CalendarModel(LearningDbContext db, CohortAccess access, CalendarOrganizers organizers, TimeProvider clock) : SitePage
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var cohort = await db.Set<Cohort>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, Aborted);
        if (cohort is null || !await MayReadAsync(cohort))
        {
            return NotFound();
        }
        var sessions = await db.Set<LiveSession>().AsNoTracking().Where(s => s.CohortId == cohort.Id).OrderBy(s => s.StartsUtc).ToListAsync(Aborted);
        var organizer = await organizers.ForCohortAsync(cohort.Id, Aborted);
        var ics = CalendarFile.Publication(sessions, cohort.TitleIn(Culture), organizer, clock.GetUtcNow().UtcDateTime);
        return File(Encoding.UTF8.GetBytes(ics), CalendarFile.ContentType(CalendarFile.Publish), $"{cohort.Slug}.ics");
    }

    private async Task<bool> MayReadAsync(Cohort cohort) =>
        await db.Set<Application>().AnyAsync(a => a.CohortId == cohort.Id && a.UserId == UserId && a.State == ApplicationState.Accepted, Aborted)
        || await access.FindManagedAsync(User, cohort.Id, Aborted) is not null;
}
