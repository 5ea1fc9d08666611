using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Learning.Courses.Releases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>Editions with their release state and translation gaps; editors schedule, move or cancel releases here.</summary>
[Authorize(Policy = CoursePermissions.ManageCoursesName)]
public sealed class IndexModel(LearningDbContext db, TranslationStatus translations, EditionScheduler scheduler, Catalog.RunCopier runs, PoStringLocalizer t) : PageModel
{
    public List<(Edition Edition, List<string> Gaps)> Editions { get; } = [];

    public List<Catalog.Course> Courses { get; private set; } = [];

    public string? Message { get; private set; }

    public static IEnumerable<string> TimeZones => TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostScheduleAsync(string? editionId, string? releaseAt, string? timeZone)
    {
        var valid = DateTime.TryParseExact(releaseAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        if (!valid || timeZone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return await RefuseAsync(t["Choose a release date, time and time zone."]);
        }
        var edition = await scheduler.ScheduleAsync(editionId ?? "", local, timeZone, HttpContext.RequestAborted);
        if (edition is null)
        {
            return await RefuseAsync(t["This edition cannot be scheduled: it is released, archived or unknown."]);
        }
        TempData["Message"] = t["{0} will be released on {1:f} ({2}), which is {3:f} UTC.", edition.Title, edition.ReleaseAtLocal, edition.TimeZone, edition.ReleaseAtUtc].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCopyRunAsync(string? courseId)
    {
        if (await runs.CopyLastAsync(courseId ?? "", HttpContext.RequestAborted) is not { } run)
        {
            return await RefuseAsync(t["The last run of this course could not be copied."]);
        }
        TempData["Message"] = t["Run {0} was created as a copy of the last one; its editions are drafts.", run.Number].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(string? editionId)
    {
        if (!await scheduler.CancelAsync(editionId ?? "", HttpContext.RequestAborted))
        {
            return await RefuseAsync(t["This edition is not scheduled."]);
        }
        TempData["Message"] = t["The release was cancelled."].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string message)
    {
        Message = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Courses = await db.Set<Catalog.Course>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(HttpContext.RequestAborted);
        var editions = await db.Set<Edition>().AsNoTracking().OrderBy(e => e.RunId).ThenBy(e => e.TrackId).ThenBy(e => e.Culture).ToListAsync(HttpContext.RequestAborted);
        foreach (var group in editions.GroupBy(e => (e.RunId, e.TrackId)))
        {
            var gaps = await translations.GapsAsync(group.Key.RunId, group.Key.TrackId, HttpContext.RequestAborted);
            Editions.AddRange(group.Select(e => (e, gaps[e.Id])));
        }
    }
}
