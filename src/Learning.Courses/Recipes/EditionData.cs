using System.Text.Json.Serialization;

namespace Learning.Courses.Recipes;

/// <summary>The JSON shape of an edition in a recipe, from the edition down to the answer options.</summary>
internal sealed record EditionData(
    string Id, string Course, string Run, string Track, string Culture, string Title, string Summary, string Status,
    string ReleaseAt, string TimeZone, List<UnitData> Units);

/// <summary>A unit; its own release time is written only when it has one, so older recipes keep their content hash.</summary>
internal sealed record UnitData(
    string Id, string Title, int ReleaseWeek, List<LessonData> Lessons, QuizData? Quiz,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReleaseAt = null);

internal sealed record LessonData(string Id, string Title, string Body, string? VideoUrl, string? CaptionsUrl, List<ResourceData> Resources, bool Required);

internal sealed record ResourceData(string Title, string Url);

internal sealed record QuizData(string Id, string Title, int PassMark, int MaxAttempts, bool Final, List<QuestionData> Questions);

internal sealed record QuestionData(string Id, string Kind, string Text, List<OptionData> Options);

internal sealed record OptionData(string Text, bool Correct, string Feedback);
