using System.Text.Json.Nodes;
using Learning.Core.Recipes;
using Learning.Courses.Editions;

namespace Learning.Courses.Recipes;

/// <summary>Checks one edition of a recipe, down to each answer option, naming the exact path of every problem.</summary>
internal sealed class EditionValidation(RecipeValidation validation, HashSet<string> ids)
{
    public static readonly string[] Statuses = ["draft", "translated", "scheduled", "released", "archived"];
    public static readonly string[] Kinds = ["single", "multiple", "truefalse"];

    public void Edition(JsonObject item, string path, IReadOnlyDictionary<string, List<string>> trackCultures)
    {
        Id(item, path);
        foreach (var field in new[] { "course", "run", "title", "summary" })
        {
            validation.String(item, path, field, maxLength: field == "summary" ? ContentRules.SummaryLength : ContentRules.TitleLength);
        }
        var track = validation.String(item, path, "track", maxLength: 100);
        var culture = validation.String(item, path, "culture", maxLength: 20);
        validation.Culture(culture, $"{path}.culture");
        if (track is not null && !trackCultures.ContainsKey(track))
        {
            validation.Add($"{path}.track", $"unknown track '{track}'");
        }
        else if (track is not null && culture is not null && !trackCultures[track].Contains(culture))
        {
            validation.Add($"{path}.culture", $"the track '{track}' is not offered in '{culture}'");
        }
        OneOf(item, path, "status", Statuses);
        ReleaseTime(item, path);
        RecipeFields.Array(validation, item, path, "units", Unit);
    }

    private void ReleaseTime(JsonObject item, string path)
    {
        LocalTime(item, path);
        if (validation.String(item, path, "timeZone", maxLength: 64) is { } zone && !ContentRules.IsTimeZone(zone))
        {
            validation.Add($"{path}.timeZone", $"unknown time zone '{zone}'; use an IANA name such as Asia/Bangkok");
        }
    }

    private void LocalTime(JsonObject item, string path, bool required = true)
    {
        if (validation.String(item, path, "releaseAt", required) is { } at && !EditionContent.TryParseLocal(at, out _))
        {
            validation.Add($"{path}.releaseAt", $"'{at}' is not a local time like 2020-10-26T09:00");
        }
    }

    private void Unit(JsonObject unit, string path)
    {
        Id(unit, path);
        validation.String(unit, path, "title", maxLength: ContentRules.TitleLength);
        validation.Integer(unit, path, "releaseWeek");
        LocalTime(unit, path, required: false);
        RecipeFields.Array(validation, unit, path, "lessons", Lesson);
        if (unit["quiz"] is JsonObject quiz)
        {
            Quiz(quiz, $"{path}.quiz");
        }
        else if (unit["quiz"] is not null)
        {
            validation.Add($"{path}.quiz", "expected a quiz object or nothing");
        }
    }

    private void Lesson(JsonObject lesson, string path)
    {
        Id(lesson, path);
        validation.String(lesson, path, "title", maxLength: ContentRules.TitleLength);
        validation.String(lesson, path, "body", maxLength: ContentRules.BodyLength);
        Url(lesson, path, "videoUrl");
        Url(lesson, path, "captionsUrl");
        validation.Boolean(lesson, path, "required");
        RecipeFields.Array(validation, lesson, path, "resources", (resource, resourcePath) =>
        {
            validation.String(resource, resourcePath, "title", maxLength: ContentRules.TitleLength);
            Url(resource, resourcePath, "url", required: true);
        }, required: false);
    }

    private void Quiz(JsonObject quiz, string path)
    {
        Id(quiz, path);
        validation.String(quiz, path, "title", maxLength: ContentRules.TitleLength);
        RecipeFields.Percent(validation, quiz, path, "passMark");
        if (validation.Integer(quiz, path, "maxAttempts") is { } attempts && !ContentRules.IsAttemptLimit(attempts))
        {
            validation.Add($"{path}.maxAttempts", "must be at least 1");
        }
        validation.Boolean(quiz, path, "final");
        RecipeFields.Array(validation, quiz, path, "questions", Question);
    }

    private void Question(JsonObject question, string path)
    {
        Id(question, path);
        validation.String(question, path, "text", maxLength: ContentRules.QuestionLength);
        var kind = OneOf(question, path, "kind", Kinds);
        var correct = 0;
        var count = 0;
        RecipeFields.Array(validation, question, path, "options", (option, optionPath) =>
        {
            count++;
            validation.String(option, optionPath, "text", maxLength: ContentRules.OptionLength);
            validation.String(option, optionPath, "feedback", maxLength: ContentRules.OptionLength);
            correct += validation.Boolean(option, optionPath, "correct") == true ? 1 : 0;
        });
        var problem = kind is null || !Kinds.Contains(kind) ? OptionsProblem.None : ContentRules.CheckOptions(EditionContent.Kind(kind), count, correct);
        if (problem != OptionsProblem.None)
        {
            validation.Add($"{path}.options", Describe(problem));
        }
    }

    private static string Describe(OptionsProblem problem) => problem switch
    {
        OptionsProblem.SingleNeedsOneCorrect => "a single-choice question needs exactly one correct option",
        OptionsProblem.TrueFalseNeedsTwoOptionsOneCorrect => "a true/false question needs two options, one of them correct",
        OptionsProblem.TooFewOptions => "a question needs at least two options",
        _ => "a multiple-choice question needs at least one correct option",
    };

    private void Id(JsonObject item, string path) =>
        validation.Unique(ids, validation.String(item, path, "id", maxLength: ContentRules.IdLength), $"{path}.id");

    private string? OneOf(JsonObject item, string path, string property, string[] allowed)
    {
        var value = validation.String(item, path, property, maxLength: 20);
        if (value is not null && !allowed.Contains(value))
        {
            validation.Add($"{path}.{property}", $"'{value}' is not one of {string.Join(", ", allowed)}");
        }
        return value;
    }

    private void Url(JsonObject item, string path, string property, bool required = false)
    {
        if (item[property] is null || item[property]!.GetValueKind() == System.Text.Json.JsonValueKind.Null)
        {
            if (required)
            {
                validation.Add($"{path}.{property}", "is required");
            }
            return;
        }
        if (validation.String(item, path, property, maxLength: ContentRules.UrlLength) is { } url && !ContentRules.IsWebAddress(url))
        {
            validation.Add($"{path}.{property}", $"'{url}' is not an http(s) address");
        }
    }
}
