using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>Archives a released edition once the editor confirms; other editions are refused with the reason.</summary>
public sealed class ArchiveModel(LearningDbContext db, EditionAuthoring authoring, PoStringLocalizer t) : ConfirmedPage(t)
{
    public Edition Edition { get; private set; } = null!;

    public override string Action => T["Archive the edition"];

    public async Task<IActionResult> OnGetAsync(string editionId) => await LoadAsync(editionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string editionId)
    {
        if (!await LoadAsync(editionId))
        {
            return NotFound();
        }
        if (Unconfirmed() is { } again)
        {
            return again;
        }
        await authoring.ArchiveAsync(Edition);
        return Done(T["The edition was archived."], AuthoringPaths.Edition(Edition.Id));
    }

    private async Task<bool> LoadAsync(string editionId)
    {
        if (await db.Set<Edition>().FirstOrDefaultAsync(e => e.Id == editionId) is not { } edition)
        {
            return false;
        }
        Edition = edition;
        Refusal = edition.Status == EditionStatus.Released ? null : T["Only a released edition can be archived."].Value;
        return true;
    }
}
