using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Authoring;

/// <summary>What a course, a track or a run must satisfy before it is saved, beyond its data annotations.</summary>
public sealed class CatalogChecks(LearningDbContext db, LanguageTexts texts, PoStringLocalizer t)
{
    public async Task CheckCourseAsync(CourseInput input, string? courseId, ModelStateDictionary errors)
    {
        input.Slug = input.Slug?.Trim() ?? "";
        if (input.Slug.Length > 0 && !ContentRules.IsSlug(input.Slug))
        {
            errors.AddModelError("Input.Slug", t["Use only lowercase letters, digits and single hyphens."]);
        }
        else if (await db.Set<Course>().AnyAsync(c => c.Slug == input.Slug && c.Id != courseId))
        {
            errors.AddModelError("Input.Slug", t["Another course already uses this address."]);
        }
        texts.Check(input.Titles, "Input.Titles", errors);
    }

    public async Task CheckTrackAsync(TrackInput input, Track? track, ModelStateDictionary errors)
    {
        texts.Check(input.Names, "Input.Names", errors);
        var cultures = texts.Known(input.Cultures);
        if (cultures is null || cultures.Count == 0)
        {
            errors.AddModelError("Input.Cultures", t["Choose at least one of the site's languages."]);
            return;
        }
        input.Cultures = cultures;
        if (track is not null)
        {
            var used = await db.Set<Edition>().Where(e => e.TrackId == track.Id).Select(e => e.Culture).Distinct().ToListAsync();
            foreach (var culture in used.Except(cultures, StringComparer.Ordinal))
            {
                errors.AddModelError("Input.Cultures", t["The track has editions in {0}; keep this language.", culture]);
            }
        }
    }

    public async Task<(DateOnly StartsOn, DateOnly EndsOn)> CheckRunAsync(RunInput input, Course course, Run? run, ModelStateDictionary errors)
    {
        var starts = Date(input.StartsOn, "Input.StartsOn", errors);
        var ends = Date(input.EndsOn, "Input.EndsOn", errors);
        if (starts is not null && ends is not null && ends < starts)
        {
            errors.AddModelError("Input.EndsOn", t["A run ends after it starts."]);
        }
        var runId = run?.Id ?? "";
        if (await db.Set<Run>().AnyAsync(r => r.CourseId == course.Id && r.Number == input.Number && r.Id != runId))
        {
            errors.AddModelError("Input.Number", t["This course already has a run with this number."]);
        }
        return (starts ?? default, ends ?? default);
    }

    private DateOnly? Date(string text, string key, ModelStateDictionary errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (errors.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            errors.AddModelError(key, t["Enter a date like 2030-01-31."]);
        }
        return null;
    }
}
