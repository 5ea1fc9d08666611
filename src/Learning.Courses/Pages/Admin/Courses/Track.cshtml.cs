using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Learning.Courses.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A track of a course: its names, its languages and its completion rule.</summary>
public sealed class TrackModel(CatalogAuthoring authoring, CatalogChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public TrackInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public Track? Track { get; private set; }

    public LanguageTextsField NamesField => new("Input.Names", t["Name in each language"], Input.Names);

    public async Task<IActionResult> OnGetAsync(string courseId, string? trackId)
    {
        if (!await LoadAsync(courseId, trackId))
        {
            return NotFound();
        }
        if (Track is { } track)
        {
            Input = new TrackInput
            {
                Names = track.Names.ToDictionary(p => p.Key, p => (string?)p.Value), Cultures = [.. track.Cultures],
                Hours = track.Hours, Weeks = track.Weeks, RequiredUnits = track.RequiredUnits, PassMark = track.PassMark,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string courseId, string? trackId)
    {
        if (!await LoadAsync(courseId, trackId))
        {
            return NotFound();
        }
        await checks.CheckTrackAsync(Input, Track, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        await authoring.SaveTrackAsync(Course, Track, Input);
        return Done(t["The track was saved."], AuthoringPaths.Course(Course.Id));
    }

    private async Task<bool> LoadAsync(string courseId, string? trackId)
    {
        if (await authoring.CourseAsync(courseId) is not { } course)
        {
            return false;
        }
        Course = course;
        Track = trackId is null ? null : await authoring.TrackAsync(courseId, trackId);
        return trackId is null || Track is not null;
    }
}
