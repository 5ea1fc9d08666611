using System.Text.RegularExpressions;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Editions;

/// <summary>What a problem with a question's options is; recipes and the admin forms word it each their own way.</summary>
public enum OptionsProblem
{
    None,
    SingleNeedsOneCorrect,
    TrueFalseNeedsTwoOptionsOneCorrect,
    MultipleNeedsOneCorrect,
    TooFewOptions,
}

/// <summary>
/// The rules an edition's content obeys, whether it comes from a recipe or from the admin forms,
/// so that both accept and refuse the same things.
/// </summary>
public static partial class ContentRules
{
    public const int IdLength = 100;
    public const int TitleLength = 300;
    public const int SummaryLength = 2000;
    public const int BodyLength = 100_000;
    public const int QuestionLength = 2000;
    public const int OptionLength = 1000;
    public const int UrlLength = 2000;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsSlug(string slug) => slug.Length <= IdLength && SlugPattern().IsMatch(slug);

    public static bool IsWebAddress(string url) =>
        url.Length <= UrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    public static bool IsPercent(int value) => value is >= 0 and <= 100;

    public static bool IsAttemptLimit(int value) => value >= 1;

    public static bool IsTimeZone(string? zone) => zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    public static OptionsProblem CheckOptions(QuestionKind kind, int options, int correct) => kind switch
    {
        QuestionKind.TrueFalse when options != 2 || correct != 1 => OptionsProblem.TrueFalseNeedsTwoOptionsOneCorrect,
        _ when options < 2 => OptionsProblem.TooFewOptions,
        QuestionKind.Single when correct != 1 => OptionsProblem.SingleNeedsOneCorrect,
        QuestionKind.Multiple when correct < 1 => OptionsProblem.MultipleNeedsOneCorrect,
        _ => OptionsProblem.None,
    };
}
