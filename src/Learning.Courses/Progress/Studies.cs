using Learning.Core.Caching;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Quizzes;
using Learning.Courses.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Progress;

/// <summary>
/// One learner's work in one edition. Everything is looked up by the signed-in user's id, never by
/// an id from the request alone, so nobody reaches another learner's progress.
/// </summary>
public sealed class Studies(LearningDbContext db, PublicCache cache, TimeProvider clock, ICompletionListener completion)
{
    public async Task<Study?> OpenAsync(string userId, string editionId, CancellationToken ct = default)
    {
        var queries = StudyQueries.For(db);
        var enrolment = await queries.Enrolment(db, userId, editionId, ct);
        if (enrolment is null || enrolment.State == EnrolmentState.Waitlisted)
        {
            return null;
        }
        var (edition, track) = await cache.GetOrLoadAsync("edition-content:" + editionId, () => LoadContentAsync(editionId, ct));
        var done = await queries.DoneLessons(db, enrolment.Id).ToHashSetAsync(cancellationToken: ct);
        var quizzes = await queries.QuizRecords(db, enrolment.Id).ToListAsync(ct);
        return new Study(enrolment, edition, track, done, quizzes.ToDictionary(q => q.QuizId, q => q.Best), quizzes.ToDictionary(q => q.QuizId, q => q.Attempts));
    }

    private async Task<(Edition, Track)> LoadContentAsync(string editionId, CancellationToken ct)
    {
        var edition = (await EditionContent.LoadAsync(db.Set<Edition>().AsNoTracking().Where(e => e.Id == editionId), ct)).Single();
        return (edition, await db.Set<Track>().AsNoTracking().FirstAsync(t => t.Id == edition.TrackId, ct));
    }

    public async Task VisitAsync(Study study, string lessonId, CancellationToken ct = default)
    {
        if (study.Enrolment.LastLessonId == lessonId && study.Enrolment.StartedUtc is not null)
        {
            return;
        }
        study.Enrolment.LastLessonId = lessonId;
        study.Enrolment.StartedUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task MarkDoneAsync(Study study, string lessonId, CancellationToken ct = default)
    {
        if (study.Lesson(lessonId) is null || study.Done.Contains(lessonId))
        {
            return;
        }
        db.Add(new LessonDone { EnrolmentId = study.Enrolment.Id, LessonId = lessonId, DoneUtc = clock.GetUtcNow().UtcDateTime });
        study.Done.Add(lessonId);
        await SaveAndConcludeAsync(study, ct);
    }

    /// <summary>Scores and keeps an attempt; null when the attempt limit is reached.</summary>
    public async Task<QuizAttempt?> SubmitAsync(Study study, Quiz quiz, IReadOnlyDictionary<string, IReadOnlySet<int>> answers, CancellationToken ct = default)
    {
        var used = study.Attempts.GetValueOrDefault(quiz.Id);
        if (used >= quiz.MaxAttempts)
        {
            return null;
        }
        var attempt = new QuizAttempt
        {
            EnrolmentId = study.Enrolment.Id, QuizId = quiz.Id, Number = used + 1, Score = QuizScoring.Score(quiz, answers),
            Answers = System.Text.Json.JsonSerializer.Serialize(answers), SubmittedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attempt);
        study.Attempts[quiz.Id] = used + 1;
        study.Best[quiz.Id] = Math.Max(study.Best.GetValueOrDefault(quiz.Id), attempt.Score);
        await SaveAndConcludeAsync(study, ct);
        return attempt;
    }

    private async Task SaveAndConcludeAsync(Study study, CancellationToken ct)
    {
        study.Enrolment.StartedUtc ??= clock.GetUtcNow().UtcDateTime;
        var justCompleted = study.Enrolment.State != EnrolmentState.Completed && study.Progress.Complete;
        if (justCompleted)
        {
            study.Enrolment.State = EnrolmentState.Completed;
            study.Enrolment.CompletedUtc = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        // After the commit: the certificate is issued by its own module in its own save. Should that
        // fail, the holder's download issues it later, under the same subject key.
        if (justCompleted)
        {
            await completion.CompletedAsync(study, ct);
        }
    }
}

/// <summary>What happens when a learner completes an edition (the certificate); kept apart so the rule stays testable.</summary>
public interface ICompletionListener
{
    Task CompletedAsync(Study study, CancellationToken ct);
}
