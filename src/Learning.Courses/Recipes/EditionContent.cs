using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Learning.Courses.Editions;
using Learning.Courses.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Recipes;

/// <summary>Maps an edition's content between its recipe shape and its tables.</summary>
internal static class EditionContent
{
    public static Task<List<Edition>> LoadAsync(IQueryable<Edition> editions, CancellationToken ct) =>
        editions.Include(e => e.Units).ThenInclude(u => u.Lessons)
            .Include(e => e.Units).ThenInclude(u => u.Quiz).ThenInclude(q => q!.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().ToListAsync(ct);

    public static Unit ToUnit(string editionId, int order, UnitData u) => new()
    {
        Id = u.Id,
        EditionId = editionId,
        Order = order,
        Title = u.Title,
        ReleaseWeek = u.ReleaseWeek,
        ReleaseAtLocal = u.ReleaseAt is null ? null : ParseLocal(u.ReleaseAt),
        Lessons = u.Lessons.Select((l, i) => new Lesson
        {
            Id = l.Id, UnitId = u.Id, Order = i + 1, Title = l.Title, Body = l.Body, VideoUrl = l.VideoUrl, CaptionsUrl = l.CaptionsUrl,
            Resources = (l.Resources ?? []).Select(r => new LessonResource(r.Title, r.Url)).ToList(), Required = l.Required,
        }).ToList(),
        Quiz = u.Quiz is null ? null : new Quiz
        {
            Id = u.Quiz.Id, UnitId = u.Id, Title = u.Quiz.Title, PassMark = u.Quiz.PassMark, MaxAttempts = u.Quiz.MaxAttempts, IsFinal = u.Quiz.Final,
            Questions = u.Quiz.Questions.Select((q, i) => new Question
            {
                Id = q.Id, QuizId = u.Quiz.Id, Order = i + 1, Kind = Kind(q.Kind), Text = q.Text,
                Options = q.Options.Select((o, j) => new AnswerOption { QuestionId = q.Id, Order = j + 1, Text = o.Text, Correct = o.Correct, Feedback = o.Feedback }).ToList(),
            }).ToList(),
        },
    };

    public static EditionData ToData(Edition e) => new(
        e.Id, e.CourseId, e.RunId, e.TrackId, e.Culture, e.Title, e.Summary, e.Status.ToString().ToLowerInvariant(),
        FormatLocal(e.ReleaseAtLocal), e.TimeZone,
        e.Units.OrderBy(u => u.Order).Select(ToData).ToList());

    private static UnitData ToData(Unit u) => new(
        u.Id, u.Title, u.ReleaseWeek,
        u.Lessons.OrderBy(l => l.Order).Select(l => new LessonData(l.Id, l.Title, l.Body, l.VideoUrl, l.CaptionsUrl,
            l.Resources.Select(r => new ResourceData(r.Title, r.Url)).ToList(), l.Required)).ToList(),
        u.Quiz is null ? null : new QuizData(u.Quiz.Id, u.Quiz.Title, u.Quiz.PassMark, u.Quiz.MaxAttempts, u.Quiz.IsFinal,
            u.Quiz.Questions.OrderBy(q => q.Order).Select(q => new QuestionData(q.Id, Name(q.Kind), q.Text,
                q.Options.OrderBy(o => o.Order).Select(o => new OptionData(o.Text, o.Correct, o.Feedback)).ToList())).ToList()),
        u.ReleaseAtLocal is { } local ? FormatLocal(local) : null);

    /// <summary>A local time as recipes write it, e.g. 2020-10-26T09:00.</summary>
    public const string LocalTimeFormat = "yyyy-MM-dd'T'HH:mm";

    public static string FormatLocal(DateTime local) => local.ToString(LocalTimeFormat, CultureInfo.InvariantCulture);

    public static DateTime ParseLocal(string text) => DateTime.ParseExact(text, LocalTimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParseLocal(string? text, out DateTime local) =>
        DateTime.TryParseExact(text, LocalTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    /// <summary>The hash of an edition's units in their recipe shape: equal content, equal hash, whoever wrote it.</summary>
    public static string Hash(List<UnitData> units) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(units, RecipeFields.Json))));

    public static QuestionKind Kind(string kind) => kind switch
    {
        "multiple" => QuestionKind.Multiple,
        "truefalse" => QuestionKind.TrueFalse,
        _ => QuestionKind.Single,
    };

    private static string Name(QuestionKind kind) => kind switch
    {
        QuestionKind.Multiple => "multiple",
        QuestionKind.TrueFalse => "truefalse",
        _ => "single",
    };
}
