using Learning.Courses.Quizzes;

namespace Learning.Courses.Tests;

public class QuizScoringTests
{
    private static readonly Quiz Quiz = new()
    {
        Id = "q",
        Questions = [Sample.Question("single"), Sample.Question("multi", QuestionKind.Multiple)],
    };

    private static Dictionary<string, IReadOnlySet<int>> Answers(int[] single, int[] multi) =>
        new() { ["single"] = single.ToHashSet(), ["multi"] = multi.ToHashSet() };

    [Theory]
    [InlineData(new[] { 1 }, new[] { 1, 2 }, 100)]
    [InlineData(new[] { 1 }, new[] { 1 }, 50)]
    [InlineData(new[] { 2 }, new[] { 1, 2, 3 }, 0)]
    [InlineData(new[] { 1 }, new[] { 1, 2, 3 }, 50)]
    public void A_question_counts_only_when_exactly_the_right_options_are_chosen(int[] single, int[] multi, int score)
    {
        Assert.Equal(score, QuizScoring.Score(Quiz, Answers(single, multi)));
    }

    [Fact]
    public void An_unanswered_question_counts_as_wrong()
    {
        Assert.Equal(50, QuizScoring.Score(Quiz, new Dictionary<string, IReadOnlySet<int>> { ["single"] = new HashSet<int> { 1 } }));
    }
}
