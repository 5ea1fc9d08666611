using Learning.Core.Data;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Authoring;

/// <summary>Whether learners have done anything in a part of an edition; such parts are never removed under them.</summary>
public sealed class LearnerWork(LearningDbContext db)
{
    public async Task<bool> InUnitAsync(Unit unit, CancellationToken ct = default)
    {
        var lessons = unit.Lessons.Select(l => l.Id).ToList();
        return await db.Set<LessonDone>().AnyAsync(d => lessons.Contains(d.LessonId), ct) || unit.Quiz is { } quiz && await InQuizAsync(quiz.Id, ct);
    }

    public Task<bool> InLessonAsync(string lessonId, CancellationToken ct = default) =>
        db.Set<LessonDone>().AnyAsync(d => d.LessonId == lessonId, ct);

    public Task<bool> InQuizAsync(string quizId, CancellationToken ct = default) =>
        db.Set<QuizAttempt>().AnyAsync(a => a.QuizId == quizId, ct);
}
