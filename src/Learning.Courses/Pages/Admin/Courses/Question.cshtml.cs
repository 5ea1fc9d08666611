using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Learning.Courses.Quizzes;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>One question of a unit's quiz: its kind, its text, and its options with correctness and feedback.</summary>
public sealed class QuestionModel(EditionEdits edits, QuizAuthoring quizzes, QuizChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public Quiz Quiz { get; private set; } = null!;

    public Question? Question { get; private set; }

    public async Task<IActionResult> OnGetAsync(string unitId, string? questionId)
    {
        if (!await LoadAsync(unitId, questionId))
        {
            return NotFound();
        }
        Input = Question is null ? new QuestionInput() : QuizAuthoring.InputOf(Question);
        var spares = Question is null ? 4 : QuestionInput.SpareOptions;
        Input.Options.AddRange(Enumerable.Range(0, spares).Select(_ => new OptionInput()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string unitId, string? questionId)
    {
        if (!await LoadAsync(unitId, questionId))
        {
            return NotFound();
        }
        checks.Check(Input, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        await quizzes.SaveQuestionAsync(Edition, Quiz, Question, Input);
        return Done(t["The question was saved."], AuthoringPaths.Quiz(Quiz.UnitId));
    }

    /// <summary>False for an unknown unit or question, and for a unit without a quiz.</summary>
    private async Task<bool> LoadAsync(string unitId, string? questionId)
    {
        if (await edits.OfUnitAsync(unitId, Aborted) is not { } edition || edition.UnitOf(unitId)?.Quiz is not { } quiz)
        {
            return false;
        }
        (Edition, Quiz) = (edition, quiz);
        Question = quiz.Questions.FirstOrDefault(q => q.Id == questionId);
        return questionId is null || Question is not null;
    }
}
