using System.Text.Json;
using Learning.Core.Data;
using Learning.Courses.Enrolments;
using Learning.Courses.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Learners;

/// <summary>How a question was answered over all attempts: how many got it right and how many chose each option.</summary>
public sealed class QuestionFigures(Question question)
{
    private readonly Dictionary<int, int> chosen = [];

    public Question Question { get; } = question;

    public int Right { get; private set; }

    public int Chosen(AnswerOption option) => chosen.GetValueOrDefault(option.Order);

    internal void Count(IReadOnlySet<int>? answer)
    {
        Right += QuizScoring.IsRight(Question, answer) ? 1 : 0;
        foreach (var order in answer ?? new HashSet<int>())
        {
            chosen[order] = chosen.GetValueOrDefault(order) + 1;
        }
    }
}

/// <summary>A quiz's attempts and the figures of each of its questions, in order.</summary>
public sealed class QuizFigures(Quiz quiz)
{
    public Quiz Quiz { get; } = quiz;

    public int Attempts { get; private set; }

    public IReadOnlyList<QuestionFigures> Questions { get; } = quiz.Questions.OrderBy(q => q.Order).Select(q => new QuestionFigures(q)).ToList();

    /// <summary>A count as a whole share of the attempts, in per cent; 0 before any attempt.</summary>
    public int Percent(int count) => Attempts == 0 ? 0 : (int)Math.Round(100.0 * count / Attempts);

    internal void Count(string answers)
    {
        Attempts++;
        var chosen = Read(answers);
        foreach (var question in Questions)
        {
            question.Count(chosen.GetValueOrDefault(question.Question.Id));
        }
    }

    /// <summary>The options chosen per question, as the learner's page saved them; an unreadable record counts as no answer.</summary>
    private static Dictionary<string, IReadOnlySet<int>> Read(string answers)
    {
        try
        {
            return (JsonSerializer.Deserialize<Dictionary<string, int[]>>(answers) ?? [])
                .ToDictionary(a => a.Key, a => (IReadOnlySet<int>)a.Value.ToHashSet());
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>The figures of an edition's quizzes, counted while the attempts are read: one attempt in memory at a time.</summary>
public sealed class QuizStatistics(LearningDbContext db)
{
    public async Task<IReadOnlyList<QuizFigures>> OfAsync(EditionOutline outline, CancellationToken ct = default)
    {
        var figures = outline.Quizzes.ToDictionary(q => q.Id, q => new QuizFigures(q));
        var quizIds = figures.Keys.ToList();
        var attempts = db.Set<QuizAttempt>().AsNoTracking().Where(a => quizIds.Contains(a.QuizId)).Select(a => new { a.QuizId, a.Answers });
        await foreach (var attempt in attempts.AsAsyncEnumerable().WithCancellation(ct))
        {
            figures[attempt.QuizId].Count(attempt.Answers);
        }
        return outline.Quizzes.Select(q => figures[q.Id]).ToList();
    }
}
