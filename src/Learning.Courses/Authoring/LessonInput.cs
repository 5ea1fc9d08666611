using System.ComponentModel.DataAnnotations;
using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

public sealed class LessonInput : TitledInput
{
    /// <summary>Blank resource rows the form offers after the lesson's own, for adding resources without script.</summary>
    public const int SpareResources = 2;

    [StringLength(ContentRules.BodyLength, ErrorMessage = "The text is too long.")]
    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Required for completion")]
    public bool Required { get; set; } = true;

    [Display(Name = "Video address")]
    public string? VideoUrl { get; set; }

    [Display(Name = "Captions address (in the edition's language)")]
    public string? CaptionsUrl { get; set; }

    public List<ResourceInput> Resources { get; set; } = [];

    /// <summary>The resources the editor filled in; empty rows are the form's spares.</summary>
    public IEnumerable<ResourceInput> Filled => Resources.Where(r => !string.IsNullOrWhiteSpace(r.Title) || !string.IsNullOrWhiteSpace(r.Url));
}

public sealed class ResourceInput
{
    public string? Title { get; set; }

    public string? Url { get; set; }
}
