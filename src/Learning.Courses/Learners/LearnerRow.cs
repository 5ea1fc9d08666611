using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Learners;

/// <summary>An edition with what its learners' progress is measured against: its lessons and its quizzes, in order.</summary>
public sealed record EditionOutline(Edition Edition, IReadOnlyList<string> LessonIds, IReadOnlyList<Quiz> Quizzes)
{
    public static EditionOutline Of(Edition edition)
    {
        var units = edition.Units.OrderBy(u => u.Order).ToList();
        return new EditionOutline(
            edition,
            units.SelectMany(u => u.Lessons.OrderBy(l => l.Order)).Select(l => l.Id).ToList(),
            units.Select(u => u.Quiz).OfType<Quiz>().ToList());
    }
}

/// <summary>One learner of an edition as the database answers the list's query, before the quizzes and the certificate are added.</summary>
public sealed class LearnerFacts
{
    public long EnrolmentId { get; init; }
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public string? NormalizedEmail { get; init; }
    public EnrolmentState State { get; init; }
    public DateTime EnrolledUtc { get; init; }
    public DateTime? StartedUtc { get; init; }
    public DateTime? CompletedUtc { get; init; }
    public int LessonsDone { get; init; }
    public DateTime? LastLessonUtc { get; init; }
    public DateTime? LastAttemptUtc { get; init; }
}

/// <summary>A learner of an edition as staff see them: progress, quizzes, last activity and certificate.</summary>
public sealed record LearnerRow(LearnerFacts Facts, IReadOnlyDictionary<string, QuizRecord> Quizzes, string? CertificateCode)
{
    /// <summary>The latest of starting, a lesson done and a quiz submitted; null when the learner has done nothing.</summary>
    public DateTime? LastActivityUtc =>
        new[] { Facts.StartedUtc, Facts.LastLessonUtc, Facts.LastAttemptUtc }.Max() is { } last ? DateTime.SpecifyKind(last, DateTimeKind.Utc) : null;

    /// <summary>The share of the edition's lessons done, in whole per cent.</summary>
    public int Percent(int lessons) => lessons == 0 ? 0 : (int)Math.Round(100.0 * Facts.LessonsDone / lessons);

    public QuizRecord? Quiz(string quizId) => Quizzes.GetValueOrDefault(quizId);
}
