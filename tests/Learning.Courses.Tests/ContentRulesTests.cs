using Learning.Courses.Editions;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Tests;

public class ContentRulesTests
{
    [Theory]
    [InlineData(QuestionKind.Single, 3, 1, OptionsProblem.None)]
    [InlineData(QuestionKind.Single, 3, 2, OptionsProblem.SingleNeedsOneCorrect)]
    [InlineData(QuestionKind.Single, 1, 1, OptionsProblem.TooFewOptions)]
    [InlineData(QuestionKind.TrueFalse, 2, 1, OptionsProblem.None)]
    [InlineData(QuestionKind.TrueFalse, 3, 1, OptionsProblem.TrueFalseNeedsTwoOptionsOneCorrect)]
    [InlineData(QuestionKind.TrueFalse, 2, 2, OptionsProblem.TrueFalseNeedsTwoOptionsOneCorrect)]
    [InlineData(QuestionKind.Multiple, 4, 3, OptionsProblem.None)]
    [InlineData(QuestionKind.Multiple, 4, 0, OptionsProblem.MultipleNeedsOneCorrect)]
    public void A_question_has_the_options_its_kind_needs(QuestionKind kind, int options, int correct, OptionsProblem problem) =>
        Assert.Equal(problem, ContentRules.CheckOptions(kind, options, correct));

    [Theory]
    [InlineData("https://example.org/video.mp4", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://example.org/file", false)]
    [InlineData("/relative/path", false)]
    public void Lesson_addresses_are_http_or_https(string url, bool allowed) =>
        Assert.Equal(allowed, ContentRules.IsWebAddress(url));
}
