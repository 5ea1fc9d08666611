using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Learning.Courses.Recipes;
using Learning.Courses.Releases;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A unit: its title and when it opens (its week of the drip, or a time of its own), its lessons and its quiz.</summary>
public sealed class UnitModel(EditionEdits edits, UnitAuthoring units, UnitChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public Unit? Unit { get; private set; }

    public string OpensLocal(Unit unit) => UnitRelease.OpensAtLocal(Edition, unit).Minutes();

    public async Task<IActionResult> OnGetAsync(string editionId, string? unitId)
    {
        if (!await LoadAsync(editionId, unitId))
        {
            return NotFound();
        }
        if (Unit is { } unit)
        {
            Input = new UnitInput
            {
                Title = unit.Title, ReleaseWeek = unit.ReleaseWeek,
                ReleaseAt = unit.ReleaseAtLocal is { } at ? EditionContent.FormatLocal(at) : null,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string editionId, string? unitId)
    {
        if (!await LoadAsync(editionId, unitId))
        {
            return NotFound();
        }
        checks.Check(Input, Edition, Unit, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var unit = await units.SaveAsync(Edition, Unit, Input);
        return Done(t["The unit was saved; it opens on {0} ({1}).", OpensLocal(unit), Edition.TimeZone], AuthoringPaths.Unit(Edition.Id, unit.Id));
    }

    private async Task<bool> LoadAsync(string editionId, string? unitId)
    {
        if (await edits.EditionAsync(editionId, Aborted) is not { } edition)
        {
            return false;
        }
        Edition = edition;
        Unit = edition.UnitOf(unitId);
        return unitId is null || Unit is not null;
    }
}
