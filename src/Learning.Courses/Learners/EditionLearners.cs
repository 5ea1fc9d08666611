using Learning.Certificates.Issuing;
using Learning.Core.Admin;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Learning.Courses.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Learners;

/// <summary>
/// The learners of an edition for its staff: filtered, ordered and paged by the database, a page at a
/// time for the list and in batches for the downloads, so no list or file holds every learner at once.
/// </summary>
public sealed class EditionLearners(LearningDbContext db, CertificateCodes certificates, TimeProvider clock)
{
    /// <summary>How many learners a download reads at a time.</summary>
    public const int BatchSize = 500;

    public async Task<EditionOutline?> OutlineAsync(string editionId, CancellationToken ct = default) =>
        (await EditionContent.LoadAsync(db.Set<Edition>().AsNoTracking().Where(e => e.Id == editionId), ct)).SingleOrDefault() is { } edition
            ? EditionOutline.Of(edition)
            : null;

    public async Task<PageOf<LearnerRow>> PageAsync(EditionOutline outline, LearnerFilter filter, int number, CancellationToken ct = default)
    {
        var page = await Ordered(outline, filter).PageAsync(number, ct);
        return new PageOf<LearnerRow>(await CompleteAsync(page.Items, ct), page.Number, page.Count, page.Total);
    }

    /// <summary>Every learner the filter admits, in the list's order, a batch at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<LearnerRow>> BatchesAsync(
        EditionOutline outline, LearnerFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = Ordered(outline, filter);
        for (var skip = 0; ; skip += BatchSize)
        {
            var facts = await query.Skip(skip).Take(BatchSize).ToListAsync(ct);
            if (facts.Count > 0)
            {
                yield return await CompleteAsync(facts, ct);
            }
            if (facts.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    private IQueryable<LearnerFacts> Ordered(EditionOutline outline, LearnerFilter filter) =>
        LearnerQuery.Filtered(Facts(outline), filter, outline.LessonIds.Count, clock.GetUtcNow().UtcDateTime)
            .OrderBy(f => f.Name).ThenBy(f => f.Email).ThenBy(f => f.EnrolmentId);

    private IQueryable<LearnerFacts> Facts(EditionOutline outline)
    {
        var editionId = outline.Edition.Id;
        var lessonIds = outline.LessonIds.ToList();
        return from e in db.Set<Enrolment>().AsNoTracking()
               join u in db.Users.AsNoTracking() on e.UserId equals u.Id
               where e.EditionId == editionId
               select new LearnerFacts
               {
                   EnrolmentId = e.Id, Name = u.DisplayName, Email = u.Email ?? "", NormalizedEmail = u.NormalizedEmail,
                   State = e.State, EnrolledUtc = e.CreatedUtc, StartedUtc = e.StartedUtc, CompletedUtc = e.CompletedUtc,
                   LessonsDone = db.Set<LessonDone>().Count(d => d.EnrolmentId == e.Id && lessonIds.Contains(d.LessonId)),
                   LastLessonUtc = db.Set<LessonDone>().Where(d => d.EnrolmentId == e.Id).Max(d => (DateTime?)d.DoneUtc),
                   LastAttemptUtc = db.Set<QuizAttempt>().Where(a => a.EnrolmentId == e.Id).Max(a => (DateTime?)a.SubmittedUtc),
               };
    }

    /// <summary>Adds each learner's quiz records and certificate code, two queries for the whole batch.</summary>
    private async Task<IReadOnlyList<LearnerRow>> CompleteAsync(IReadOnlyList<LearnerFacts> facts, CancellationToken ct)
    {
        var ids = facts.Select(f => f.EnrolmentId).ToList();
        var quizzes = (await db.Set<QuizAttempt>().AsNoTracking().Where(a => ids.Contains(a.EnrolmentId))
                .GroupBy(a => new { a.EnrolmentId, a.QuizId })
                .Select(g => new { g.Key.EnrolmentId, g.Key.QuizId, Best = g.Max(a => a.Score), Attempts = g.Count() })
                .ToListAsync(ct))
            .ToLookup(q => q.EnrolmentId, q => new QuizRecord(q.QuizId, q.Best, q.Attempts));
        var codes = await certificates.ValidAsync(ids.Select(CourseCertificates.SubjectKey).ToList(), ct);
        return facts.Select(f => new LearnerRow(
            f, quizzes[f.EnrolmentId].ToDictionary(q => q.QuizId), codes.GetValueOrDefault(CourseCertificates.SubjectKey(f.EnrolmentId)))).ToList();
    }
}
