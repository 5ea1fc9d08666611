using Learning.Core.Caching;

namespace Learning.Courses.Quizzes;

public enum QuestionKind
{
    Single,
    Multiple,
    TrueFalse,
}

public class Quiz : IPublicContent
{
    public string Id { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string Title { get; set; } = "";
    public int PassMark { get; set; } = 60;
    public int MaxAttempts { get; set; } = 3;
    public bool IsFinal { get; set; }
    public List<Question> Questions { get; set; } = [];
}

public class Question : Editions.IOrdered, IPublicContent
{
    public string Id { get; set; } = "";
    public string QuizId { get; set; } = "";
    public int Order { get; set; }
    public QuestionKind Kind { get; set; }
    public string Text { get; set; } = "";
    public List<AnswerOption> Options { get; set; } = [];
}

/// <summary>An option is known by its question and position, so answers survive a re-import.</summary>
public class AnswerOption : IPublicContent
{
    public string QuestionId { get; set; } = "";
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public bool Correct { get; set; }
    public string Feedback { get; set; } = "";
}
