using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>An edition: its texts and time zone, its status, its translation gaps and its units in order.</summary>
public sealed class EditionModel(EditionEdits edits, EditionAuthoring authoring, EditionChecks checks, UnitAuthoring units, TranslationStatus translations, PoStringLocalizer t)
    : AuthoringPage
{
    [BindProperty]
    public EditionInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public List<string> Gaps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string editionId)
    {
        if (!await LoadAsync(editionId))
        {
            return NotFound();
        }
        Input = new EditionInput { Title = Edition.Title, Summary = Edition.Summary, TimeZone = Edition.TimeZone };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string editionId)
    {
        if (!await LoadAsync(editionId))
        {
            return NotFound();
        }
        checks.Check(Input, Edition, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        await authoring.UpdateAsync(Edition, Input);
        return Done(t["The edition was saved."], AuthoringPaths.Edition(Edition.Id));
    }

    public async Task<IActionResult> OnPostMarkTranslatedAsync(string editionId)
    {
        if (!await LoadAsync(editionId))
        {
            return NotFound();
        }
        if (Edition.Status != EditionStatus.Draft)
        {
            return Refuse(t["Only a draft can be marked as translated."]);
        }
        if ((await authoring.MarkTranslatedAsync(Edition)).Count > 0)
        {
            return Refuse(t["This edition still has translation gaps, so it stays a draft."]);
        }
        return Done(t["The edition is marked as translated and can be scheduled."], AuthoringPaths.Edition(Edition.Id));
    }

    public async Task<IActionResult> OnPostMoveAsync(string editionId, string? unitId, int by)
    {
        if (!await LoadAsync(editionId) || Edition.UnitOf(unitId) is not { } unit || by is not (-1 or 1))
        {
            return NotFound();
        }
        await units.MoveAsync(Edition, unit, by);
        return Done(t["The units were reordered."], AuthoringPaths.Edition(Edition.Id) + "#" + unit.Id);
    }

    private IActionResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Input = new EditionInput { Title = Edition.Title, Summary = Edition.Summary, TimeZone = Edition.TimeZone };
        return Invalid();
    }

    private async Task<bool> LoadAsync(string editionId)
    {
        if (await edits.EditionAsync(editionId, Aborted) is not { } edition)
        {
            return false;
        }
        Edition = edition;
        Gaps = await translations.GapsAsync(edition, Aborted);
        return true;
    }
}
