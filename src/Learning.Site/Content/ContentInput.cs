using System.ComponentModel.DataAnnotations;

namespace Learning.Site.Content;

public sealed class ContentInput
{
    [Required(ErrorMessage = "Choose a content type.")]
    [Display(Name = "Content type")]
    public string ContentType { get; set; } = "";

    [Required(ErrorMessage = "Enter a localization set.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "Use only letters, digits, '.', '_' and '-'.")]
    [Display(Name = "Localization set")]
    public string Set { get; set; } = "";

    [Required(ErrorMessage = "Choose a language.")]
    [Display(Name = "Language")]
    public string Culture { get; set; } = "";

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Display(Name = "Address (slug)")]
    public string Slug { get; set; } = "";

    [StringLength(100_000, ErrorMessage = "The text is too long.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Display(Name = "Text (Markdown)")]
    public string Body { get; set; } = "";
}
