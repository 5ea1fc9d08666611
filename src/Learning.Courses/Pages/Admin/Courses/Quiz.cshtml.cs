using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A unit's quiz: title, pass mark, attempt limit, whether it is the final one, and its questions.</summary>
public sealed class QuizModel(EditionEdits edits, QuizAuthoring quizzes, QuizChecks checks, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public QuizInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public Unit Unit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string unitId)
    {
        if (!await LoadAsync(unitId))
        {
            return NotFound();
        }
        if (Unit.Quiz is { } quiz)
        {
            Input = new QuizInput { Title = quiz.Title, PassMark = quiz.PassMark, MaxAttempts = quiz.MaxAttempts, Final = quiz.IsFinal };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string unitId)
    {
        if (!await LoadAsync(unitId))
        {
            return NotFound();
        }
        checks.Check(Input, Edition, Unit, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        await quizzes.SaveQuizAsync(Edition, Unit, Input);
        return Done(t["The quiz was saved."], AuthoringPaths.Quiz(Unit.Id));
    }

    private async Task<bool> LoadAsync(string unitId)
    {
        if (await edits.OfUnitAsync(unitId, Aborted) is not { } edition)
        {
            return false;
        }
        (Edition, Unit) = (edition, edition.UnitOf(unitId)!);
        return true;
    }
}
