using Learning.Courses.Editions;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Authoring;

/// <summary>Finds a part of a loaded edition by its id.</summary>
public static class EditionParts
{
    public static Unit? UnitOf(this Edition edition, string? unitId) => edition.Units.FirstOrDefault(u => u.Id == unitId);

    public static Lesson? LessonOf(this Edition edition, string? lessonId) =>
        edition.Units.SelectMany(u => u.Lessons).FirstOrDefault(l => l.Id == lessonId);

    public static Quiz? QuizOf(this Edition edition, string? quizId) =>
        edition.Units.Select(u => u.Quiz).OfType<Quiz>().FirstOrDefault(q => q.Id == quizId);

    public static Question? QuestionOf(this Edition edition, string? questionId) =>
        edition.Units.Select(u => u.Quiz).OfType<Quiz>().SelectMany(q => q.Questions).FirstOrDefault(q => q.Id == questionId);

    public static IEnumerable<Unit> Ordered(this Edition edition) => edition.Units.OrderBy(u => u.Order);

    /// <summary>Positions 1, 2, 3... again after a removal or a move, so that "unit 3" means the third.</summary>
    public static void Renumber<T>(IEnumerable<T> parts) where T : IOrdered
    {
        var n = 1;
        foreach (var part in parts.OrderBy(p => p.Order).ToList())
        {
            part.Order = n++;
        }
    }
}
