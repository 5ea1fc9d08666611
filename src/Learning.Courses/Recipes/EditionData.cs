namespace Learning.Courses.Recipes;

/// <summary>The JSON shape of an edition in a recipe, from the edition down to the answer options.</summary>
internal sealed record EditionData(
    string Id, string Course, string Run, string Track, string Culture, string Title, string Summary, string Status,
    string ReleaseAt, string TimeZone, List<UnitData> Units);

internal sealed record UnitData(string Id, string Title, int ReleaseWeek, List<LessonData> Lessons, QuizData? Quiz);

internal sealed record LessonData(string Id, string Title, string Body, string? VideoUrl, string? CaptionsUrl, List<ResourceData> Resources, bool Required);

internal sealed record ResourceData(string Title, string Url);

internal sealed record QuizData(string Id, string Title, int PassMark, int MaxAttempts, bool Final, List<QuestionData> Questions);

internal sealed record QuestionData(string Id, string Kind, string Text, List<OptionData> Options);

internal sealed record OptionData(string Text, bool Correct, string Feedback);
