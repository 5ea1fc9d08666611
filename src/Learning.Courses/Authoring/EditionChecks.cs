using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Authoring;

/// <summary>What an edition must satisfy: a language of the site offered by its track, once per run and track, a known time zone.</summary>
public sealed class EditionChecks(LearningDbContext db, CultureCatalog cultures, PoStringLocalizer t)
{
    public async Task<Track?> CheckNewAsync(NewEditionInput input, Run run, ModelStateDictionary errors)
    {
        CheckZone(input, errors);
        var track = await db.Set<Track>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == input.TrackId && t.CourseId == run.CourseId);
        if (track is null)
        {
            errors.AddModelError("Input.TrackId", t["Choose a track of this course."]);
            return null;
        }
        if (cultures.Find(input.Culture) is not { } language || !track.Cultures.Contains(language.Culture))
        {
            errors.AddModelError("Input.Culture", t["Choose one of the track's languages."]);
            return null;
        }
        input.Culture = language.Culture;
        if (await db.Set<Edition>().AnyAsync(e => e.RunId == run.Id && e.TrackId == track.Id && e.Culture == input.Culture))
        {
            errors.AddModelError("Input.Culture", t["This run's track already has an edition in this language."]);
        }
        return track;
    }

    public void Check(EditionInput input, Edition edition, ModelStateDictionary errors)
    {
        CheckZone(input, errors);
        if (input.TimeZone != edition.TimeZone && edition.Status is EditionStatus.Released or EditionStatus.Archived)
        {
            errors.AddModelError("Input.TimeZone", t["The time zone of a released edition stays: its units open by it."]);
        }
    }

    private void CheckZone(EditionInput input, ModelStateDictionary errors)
    {
        input.TimeZone = input.TimeZone?.Trim() ?? "";
        if (input.TimeZone.Length > 0 && !ContentRules.IsTimeZone(input.TimeZone))
        {
            errors.AddModelError("Input.TimeZone", t["Choose a time zone from the list, such as Asia/Bangkok."]);
        }
    }
}
