using Learning.Core.Cultures;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Courses.Authoring;

/// <summary>A unit's own release is a real local time, not before its edition's, and never moves once learners see the unit.</summary>
public sealed class UnitChecks(UnitAuthoring units, PoStringLocalizer t)
{
    public void Check(UnitInput input, Edition edition, Unit? unit, ModelStateDictionary errors)
    {
        var local = UnitAuthoring.Local(input.ReleaseAt);
        if (!string.IsNullOrWhiteSpace(input.ReleaseAt) && local is null)
        {
            errors.AddModelError("Input.ReleaseAt", t["Enter a date and time like 2030-01-31 09:00."]);
        }
        else if (local < edition.ReleaseAtLocal)
        {
            errors.AddModelError("Input.ReleaseAt", t["A unit opens with its edition or later, not before {0:yyyy-MM-dd HH:mm}.", edition.ReleaseAtLocal]);
        }
        if (unit is not null && !UnitAuthoring.SameRelease(unit, input) && units.HasOpened(edition, unit))
        {
            errors.AddModelError("Input.ReleaseAt", t["Learners can already open this unit, so its release can no longer move."]);
        }
    }
}
