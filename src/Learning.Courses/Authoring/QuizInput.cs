using Learning.Core;
using System.ComponentModel.DataAnnotations;
using Learning.Courses.Editions;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Authoring;

public sealed class QuizInput : TitledInput
{
    [Display(Name = "Pass mark (%)")]
    public int PassMark { get; set; } = 60;

    [Display(Name = "Attempts allowed")]
    public int MaxAttempts { get; set; } = 3;

    [Display(Name = "This is the final quiz of the edition")]
    public bool Final { get; set; }
}

public sealed class QuestionInput
{
    /// <summary>Blank option rows the form offers after the question's own.</summary>
    public const int SpareOptions = 2;

    /// <summary>Single, Multiple or TrueFalse; checked by hand so that a forged value is a field error, not a crash.</summary>
    [Required(ErrorMessage = "Choose a kind of question.")]
    [Display(Name = "Kind")]
    public string Kind { get; set; } = nameof(QuestionKind.Single);

    [Required(ErrorMessage = "Enter the question.")]
    [StringLength(ContentRules.QuestionLength, ErrorMessage = "Use at most 2000 characters.")]
    [Display(Name = "Question")]
    public string Text { get; set; } = "";

    public List<OptionInput> Options { get; set; } = [];

    /// <summary>The options the editor filled in; rows left empty are the form's spares.</summary>
    public IEnumerable<OptionInput> Filled => Options.Where(o => o.Correct || !string.IsNullOrWhiteSpace(o.Text) || !string.IsNullOrWhiteSpace(o.Feedback));

    public QuestionKind? ParsedKind => EnumNames.TryParse<QuestionKind>(Kind, out var kind) ? kind : null;
}

public sealed class OptionInput
{
    public string? Text { get; set; }

    public bool Correct { get; set; }

    public string? Feedback { get; set; }
}
