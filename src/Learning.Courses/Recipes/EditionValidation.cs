using System.Globalization;
using System.Text.Json.Nodes;
using Learning.Core.Recipes;

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
            validation.String(item, path, field, maxLength: field == "summary" ? 2000 : 300);
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
        if (validation.String(item, path, "releaseAt") is { } at &&
            !DateTime.TryParseExact(at, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            validation.Add($"{path}.releaseAt", $"'{at}' is not a local time like 2020-10-26T09:00");
        }
        if (validation.String(item, path, "timeZone", maxLength: 64) is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            validation.Add($"{path}.timeZone", $"unknown time zone '{zone}'; use an IANA name such as Asia/Bangkok");
        }
    }

    private void Unit(JsonObject unit, string path)
    {
        Id(unit, path);
        validation.String(unit, path, "title", maxLength: 300);
        validation.Integer(unit, path, "releaseWeek");
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
        validation.String(lesson, path, "title", maxLength: 300);
        validation.String(lesson, path, "body", maxLength: 100_000);
        Url(lesson, path, "videoUrl");
        Url(lesson, path, "captionsUrl");
        validation.Boolean(lesson, path, "required");
        RecipeFields.Array(validation, lesson, path, "resources", (resource, resourcePath) =>
        {
            validation.String(resource, resourcePath, "title", maxLength: 300);
            Url(resource, resourcePath, "url", required: true);
        }, required: false);
    }

    private void Quiz(JsonObject quiz, string path)
    {
        Id(quiz, path);
        validation.String(quiz, path, "title", maxLength: 300);
        RecipeFields.Percent(validation, quiz, path, "passMark");
        if (validation.Integer(quiz, path, "maxAttempts") is < 1)
        {
            validation.Add($"{path}.maxAttempts", "must be at least 1");
        }
        validation.Boolean(quiz, path, "final");
        RecipeFields.Array(validation, quiz, path, "questions", Question);
    }

    private void Question(JsonObject question, string path)
    {
        Id(question, path);
        validation.String(question, path, "text", maxLength: 2000);
        var kind = OneOf(question, path, "kind", Kinds);
        var correct = 0;
        var count = 0;
        RecipeFields.Array(validation, question, path, "options", (option, optionPath) =>
        {
            count++;
            validation.String(option, optionPath, "text", maxLength: 1000);
            validation.String(option, optionPath, "feedback", maxLength: 1000);
            correct += validation.Boolean(option, optionPath, "correct") == true ? 1 : 0;
        });
        var problem = kind switch
        {
            "single" when correct != 1 => "a single-choice question needs exactly one correct option",
            "truefalse" when count != 2 || correct != 1 => "a true/false question needs two options, one of them correct",
            "multiple" when correct < 1 => "a multiple-choice question needs at least one correct option",
            _ => null,
        };
        if (problem is not null)
        {
            validation.Add($"{path}.options", problem);
        }
    }

    private void Id(JsonObject item, string path) =>
        validation.Unique(ids, validation.String(item, path, "id", maxLength: 100), $"{path}.id");

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
        if (validation.String(item, path, property, maxLength: 2000) is { } url &&
            !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            validation.Add($"{path}.{property}", $"'{url}' is not an http(s) address");
        }
    }
}
