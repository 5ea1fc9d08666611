using System.Collections.Concurrent;
using Learning.Core.Data;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Learning.Courses.Progress;

/// <summary>
/// The queries of every page a learner opens, compiled once per database model: translating them
/// afresh for each request cost more than running them. A compiled query keeps the model it was
/// first run with, hence one set per model (SQLite and PostgreSQL may share a process).
/// </summary>
internal sealed class StudyQueries
{
    private static readonly ConcurrentDictionary<IModel, StudyQueries> PerModel = new();

    public static StudyQueries For(LearningDbContext db) => PerModel.GetOrAdd(db.Model, _ => new StudyQueries());

    public Func<LearningDbContext, string, string, CancellationToken, Task<Enrolment?>> Enrolment { get; } =
        EF.CompileAsyncQuery((LearningDbContext db, string userId, string editionId, CancellationToken ct) =>
            db.Set<Enrolment>().FirstOrDefault(e => e.UserId == userId && e.EditionId == editionId));

    public Func<LearningDbContext, long, IAsyncEnumerable<string>> DoneLessons { get; } =
        EF.CompileAsyncQuery((LearningDbContext db, long enrolmentId) =>
            db.Set<LessonDone>().Where(d => d.EnrolmentId == enrolmentId).Select(d => d.LessonId));

    public Func<LearningDbContext, long, IAsyncEnumerable<QuizRecord>> QuizRecords { get; } =
        EF.CompileAsyncQuery((LearningDbContext db, long enrolmentId) =>
            db.Set<QuizAttempt>().Where(a => a.EnrolmentId == enrolmentId)
                .GroupBy(a => a.QuizId).Select(g => new QuizRecord(g.Key, g.Max(a => a.Score), g.Count())));
}

/// <summary>A learner's best score on a quiz and how many attempts they used.</summary>
public sealed record QuizRecord(string QuizId, int Best, int Attempts);
