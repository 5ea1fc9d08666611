using System.ComponentModel.DataAnnotations;

namespace Learning.Courses.Authoring;

public sealed class CourseInput
{
    [Required(ErrorMessage = "Enter an address.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    [Display(Name = "Address (slug)")]
    public string Slug { get; set; } = "";

    /// <summary>The course's title in each language it has one; blank ones are dropped.</summary>
    public Dictionary<string, string?> Titles { get; set; } = [];
}

public sealed class TrackInput
{
    public Dictionary<string, string?> Names { get; set; } = [];

    public List<string> Cultures { get; set; } = [];

    [Range(0, 1000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Hours of study")]
    public int Hours { get; set; }

    [Range(0, 104, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Weeks")]
    public int Weeks { get; set; }

    /// <summary>How many units complete the track besides the final quiz; empty for every unit.</summary>
    [Range(1, 100, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Units required (empty: every unit)")]
    public int? RequiredUnits { get; set; }

    [Range(0, 100, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Pass mark of the final quiz (%)")]
    public int PassMark { get; set; } = 60;
}

public sealed class RunInput
{
    [Range(1, 1000, ErrorMessage = "Enter a number between {1} and {2}.")]
    [Display(Name = "Run number")]
    public int Number { get; set; } = 1;

    [Required(ErrorMessage = "Enter a date.")]
    [Display(Name = "Starts on")]
    public string StartsOn { get; set; } = "";

    [Required(ErrorMessage = "Enter a date.")]
    [Display(Name = "Ends on")]
    public string EndsOn { get; set; } = "";
}
