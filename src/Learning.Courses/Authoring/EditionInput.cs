using System.ComponentModel.DataAnnotations;
using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

public class EditionInput : TitledInput
{
    [StringLength(ContentRules.SummaryLength, ErrorMessage = "Use at most 2000 characters.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Choose a time zone.")]
    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "UTC";
}

/// <summary>A new edition: which track of the run, and in which of the track's languages.</summary>
public sealed class NewEditionInput : EditionInput
{
    [Required(ErrorMessage = "Choose a track.")]
    [Display(Name = "Track")]
    public string TrackId { get; set; } = "";

    [Required(ErrorMessage = "Choose a language.")]
    [Display(Name = "Language")]
    public string Culture { get; set; } = "";
}
