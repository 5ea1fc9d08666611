using Learning.Core.Data;
using Learning.Courses.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Editions;

/// <summary>
/// What an edition lacks compared with the fullest edition of the same run and track: missing
/// units, lessons, questions or options, and empty texts.
/// </summary>
public sealed class TranslationStatus(LearningDbContext db)
{
    public async Task<List<string>> GapsAsync(Edition edition, CancellationToken ct = default) =>
        (await GapsAsync(edition.RunId, edition.TrackId, ct))[edition.Id];

    /// <summary>The gaps of every edition of one run's track, from a single load of their content.</summary>
    public async Task<Dictionary<string, List<string>>> GapsAsync(string runId, string trackId, CancellationToken ct = default)
    {
        var editions = await EditionContent.LoadAsync(
            db.Set<Edition>().AsNoTracking().Where(e => e.RunId == runId && e.TrackId == trackId), ct);
        var reference = editions.OrderByDescending(Size).ThenBy(e => e.Id, StringComparer.Ordinal).First();
        return editions.ToDictionary(e => e.Id, e => Compare(e, reference).ToList());
    }

    public static int Size(Edition edition) =>
        edition.Units.Sum(u => 1 + u.Lessons.Count + (u.Quiz?.Questions.Sum(q => 1 + q.Options.Count) ?? 0));

    public static IEnumerable<string> Compare(Edition edition, Edition reference)
    {
        var units = edition.Units.OrderBy(u => u.Order).ToList();
        var expected = reference.Units.OrderBy(u => u.Order).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            if (i >= units.Count)
            {
                yield return $"Unit {i + 1} is missing.";
                continue;
            }
            foreach (var gap in CompareUnit(i + 1, units[i], expected[i]))
            {
                yield return gap;
            }
        }
    }

    private static IEnumerable<string> CompareUnit(int number, Unit unit, Unit expected)
    {
        if (string.IsNullOrWhiteSpace(unit.Title))
        {
            yield return $"Unit {number} has no title.";
        }
        var lessons = unit.Lessons.OrderBy(l => l.Order).ToList();
        for (var i = 0; i < expected.Lessons.Count; i++)
        {
            if (i >= lessons.Count)
            {
                yield return $"Unit {number}, lesson {i + 1} is missing.";
            }
            else if (string.IsNullOrWhiteSpace(lessons[i].Title) || string.IsNullOrWhiteSpace(lessons[i].Body))
            {
                yield return $"Unit {number}, lesson {i + 1} has no text.";
            }
        }
        foreach (var gap in CompareQuiz(number, unit.Quiz, expected.Quiz))
        {
            yield return gap;
        }
    }

    private static IEnumerable<string> CompareQuiz(int number, Quizzes.Quiz? quiz, Quizzes.Quiz? expected)
    {
        if (expected is null)
        {
            yield break;
        }
        if (quiz is null)
        {
            yield return $"Unit {number}: the quiz is missing.";
            yield break;
        }
        var questions = quiz.Questions.OrderBy(q => q.Order).ToList();
        var expectedQuestions = expected.Questions.OrderBy(q => q.Order).ToList();
        for (var i = 0; i < expectedQuestions.Count; i++)
        {
            if (i >= questions.Count || string.IsNullOrWhiteSpace(questions[i].Text))
            {
                yield return $"Unit {number}, quiz question {i + 1} is missing.";
            }
            else if (questions[i].Options.Count < expectedQuestions[i].Options.Count ||
                     questions[i].Options.Any(o => string.IsNullOrWhiteSpace(o.Text) || string.IsNullOrWhiteSpace(o.Feedback)))
            {
                yield return $"Unit {number}, quiz question {i + 1} lacks options or feedback.";
            }
        }
    }
}
