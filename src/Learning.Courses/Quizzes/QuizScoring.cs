namespace Learning.Courses.Quizzes;

/// <summary>
/// Scores an attempt: a question counts when exactly the correct options were chosen. The answer
/// holds, per question id, the positions of the chosen options.
/// </summary>
public static class QuizScoring
{
    public static int Score(Quiz quiz, IReadOnlyDictionary<string, IReadOnlySet<int>> answers)
    {
        if (quiz.Questions.Count == 0)
        {
            return 0;
        }
        var right = quiz.Questions.Count(q => IsRight(q, answers.GetValueOrDefault(q.Id)));
        return (int)Math.Floor(100.0 * right / quiz.Questions.Count);
    }

    public static bool IsRight(Question question, IReadOnlySet<int>? chosen) =>
        chosen is not null && question.Options.Where(o => o.Correct).Select(o => o.Order).ToHashSet().SetEquals(chosen);
}
