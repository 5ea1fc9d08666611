using System.ComponentModel.DataAnnotations;
using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

/// <summary>The title every part of an edition has, within the length recipes allow.</summary>
public abstract class TitledInput
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(ContentRules.TitleLength, ErrorMessage = "Use at most 300 characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";
}
