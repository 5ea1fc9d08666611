using Learning.Core.Cultures;
using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

/// <summary>One part of an edition that an editor asked to delete, with why it may not be, and how to.</summary>
public sealed record Removal(string Heading, string Title, string Culture, string BackUrl, string? Refusal, Func<Task> DeleteAsync);

/// <summary>
/// Finds what a delete confirmation is about: a unit, a lesson, a quiz or a question. What learners
/// have worked in (lessons done, quiz attempts) is refused, so no progress is lost.
/// </summary>
public sealed class Removals(EditionEdits edits, LearnerWork work, UnitAuthoring units, LessonAuthoring lessons, QuizAuthoring quizzes, PoStringLocalizer t)
{
    public Task<Removal?> FindAsync(string kind, string id) => kind switch
    {
        "unit" => UnitAsync(id),
        "lesson" => LessonAsync(id),
        "quiz" => QuizAsync(id),
        "question" => QuestionAsync(id),
        _ => Task.FromResult<Removal?>(null),
    };

    private async Task<Removal?> UnitAsync(string id) =>
        await edits.OfUnitAsync(id) is { } edition && edition.UnitOf(id) is { } unit
            ? new Removal(t["Delete the unit"], unit.Title, edition.Culture, AuthoringPaths.Edition(edition.Id),
                await work.InUnitAsync(unit) ? t["Learners have progress in this unit, so it cannot be deleted."].Value : null,
                () => units.DeleteAsync(edition, unit))
            : null;

    private async Task<Removal?> LessonAsync(string id) =>
        await edits.OfLessonAsync(id) is { } edition && edition.LessonOf(id) is { } lesson
            ? new Removal(t["Delete the lesson"], lesson.Title, edition.Culture, AuthoringPaths.Unit(edition.Id, lesson.UnitId),
                await work.InLessonAsync(lesson.Id) ? t["Learners have done this lesson, so it cannot be deleted."].Value : null,
                () => lessons.DeleteAsync(edition, edition.UnitOf(lesson.UnitId)!, lesson))
            : null;

    private async Task<Removal?> QuizAsync(string id) =>
        await edits.OfQuizAsync(id) is { } edition && edition.QuizOf(id) is { } quiz
            ? new Removal(t["Delete the quiz"], quiz.Title, edition.Culture, AuthoringPaths.Unit(edition.Id, quiz.UnitId),
                await work.InQuizAsync(quiz.Id) ? t["Learners have taken this quiz, so it cannot be deleted."].Value : null,
                () => quizzes.DeleteQuizAsync(edition, edition.UnitOf(quiz.UnitId)!, quiz))
            : null;

    private async Task<Removal?> QuestionAsync(string id) =>
        await edits.OfQuestionAsync(id) is { } edition && edition.QuestionOf(id) is { } question && edition.QuizOf(question.QuizId) is { } quiz
            ? new Removal(t["Delete the question"], question.Text, edition.Culture, AuthoringPaths.Quiz(quiz.UnitId),
                await work.InQuizAsync(quiz.Id) ? t["Learners have taken this quiz, so its questions cannot be deleted."].Value : null,
                () => quizzes.DeleteQuestionAsync(edition, quiz, question))
            : null;
}
