using System.ComponentModel.DataAnnotations;
using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

public sealed class UnitInput : TitledInput
{
    [Range(0, 104, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Opens in week (0: with the edition)")]
    public int ReleaseWeek { get; set; }

    /// <summary>The unit's own release time (a datetime-local value), in its edition's time zone; empty to follow the weekly drip.</summary>
    [Display(Name = "Own release time (empty: the weekly drip)")]
    public string? ReleaseAt { get; set; }
}
