using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>Deletes a unit, a lesson, a quiz or a question once the editor confirms, unless learners have worked in it.</summary>
public sealed class DeleteModel(Removals removals, PoStringLocalizer t) : ConfirmedPage(t)
{
    public Removal Removal { get; private set; } = null!;

    public override string Action => Removal.Heading;

    public async Task<IActionResult> OnGetAsync(string kind, string id) => await LoadAsync(kind, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, string id)
    {
        if (!await LoadAsync(kind, id))
        {
            return NotFound();
        }
        if (Unconfirmed() is { } again)
        {
            return again;
        }
        await Removal.DeleteAsync();
        return Done(T["Deleted: {0}", Removal.Title], Removal.BackUrl);
    }

    private async Task<bool> LoadAsync(string kind, string id)
    {
        Removal = (await removals.FindAsync(kind, id))!;
        Refusal = Removal?.Refusal;
        return Removal is not null;
    }
}
