using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Tests;

/// <summary>An edition of six blocks, each with a lesson and a quiz, the last quiz being the final assignment.</summary>
internal static class Sample
{
    public static Track Expert => new() { Id = "expert", RequiredUnits = 4, PassMark = 60 };

    public static Track Leadership => new() { Id = "leadership", RequiredUnits = null, PassMark = 60 };

    public static Edition Edition(int units = 6) => new()
    {
        Id = "e",
        Units = Enumerable.Range(1, units).Select(n => new Unit
        {
            Id = $"u{n}",
            Order = n,
            Title = $"Block {n}",
            Lessons = [new Lesson { Id = $"l{n}", UnitId = $"u{n}", Order = 1, Title = "Lesson", Body = "Text", Required = true }],
            Quiz = new Quiz { Id = $"q{n}", UnitId = $"u{n}", PassMark = 50, IsFinal = n == units, Questions = [Question($"q{n}-1"), Question($"q{n}-2")] },
        }).ToList(),
    };

    public static Question Question(string id, QuestionKind kind = QuestionKind.Single) => new()
    {
        Id = id,
        Kind = kind,
        Text = "?",
        Options =
        [
            new AnswerOption { QuestionId = id, Order = 1, Text = "a", Correct = true, Feedback = "yes" },
            new AnswerOption { QuestionId = id, Order = 2, Text = "b", Correct = kind == QuestionKind.Multiple, Feedback = "no" },
            new AnswerOption { QuestionId = id, Order = 3, Text = "c", Correct = false, Feedback = "no" },
        ],
    };
}
