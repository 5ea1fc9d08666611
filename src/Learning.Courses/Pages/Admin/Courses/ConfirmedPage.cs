using Learning.Core.Cultures;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>What the confirmation partial needs of its page.</summary>
public interface IConfirmedPage
{
    string Action { get; }
}

/// <summary>A page that makes one irreversible change, only once the editor ticks the box.</summary>
public abstract class ConfirmedPage(PoStringLocalizer t) : AuthoringPage, IConfirmedPage
{
    /// <summary>An unticked box posts nothing at all, so the tick is checked by hand rather than by an attribute.</summary>
    [BindProperty]
    public bool Understood { get; set; }

    public abstract string Action { get; }

    protected PoStringLocalizer T => t;

    /// <summary>Why the change cannot be made, or null when it can.</summary>
    public string? Refusal { get; protected set; }

    /// <summary>The page again when the box is not ticked or the change is refused; null when the change may go ahead.</summary>
    protected IActionResult? Unconfirmed()
    {
        if (!Understood)
        {
            ModelState.AddModelError(nameof(Understood), t["Tick the box to confirm."]);
        }
        return Refusal is not null || !ModelState.IsValid ? Invalid() : null;
    }
}
