using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Learning.Core.Recipes;
using Learning.Courses.Editions;

namespace Learning.Courses.Recipes;

/// <summary>The checks the course steps share, each reporting at the exact JSON path.</summary>
internal static class RecipeFields
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static void Slug(RecipeValidation validation, JsonObject item, string path, string property)
    {
        if (validation.String(item, path, property, maxLength: 100) is { } slug && !ContentRules.IsSlug(slug))
        {
            validation.Add($"{path}.{property}", "may hold only lowercase letters, digits and single hyphens");
        }
    }

    public static void Texts(RecipeValidation validation, JsonObject item, string path, string property)
    {
        if (item[property] is not JsonObject texts)
        {
            validation.Add($"{path}.{property}", "expected an object of texts by language");
            return;
        }
        foreach (var (culture, _) in texts)
        {
            validation.Culture(culture, $"{path}.{property}.{culture}");
            validation.String(texts, $"{path}.{property}", culture, maxLength: 300);
        }
    }

    public static void Cultures(RecipeValidation validation, JsonObject item, string path, string property)
    {
        if (item[property] is not JsonArray cultures || cultures.Count == 0)
        {
            validation.Add($"{path}.{property}", "expected a non-empty array of languages");
            return;
        }
        for (var i = 0; i < cultures.Count; i++)
        {
            var culture = cultures[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (culture is null)
            {
                validation.Add($"{path}.{property}[{i}]", "expected a language");
            }
            validation.Culture(culture, $"{path}.{property}[{i}]");
        }
    }

    public static void Percent(RecipeValidation validation, JsonObject item, string path, string property)
    {
        if (validation.Integer(item, path, property) is { } value && !ContentRules.IsPercent(value))
        {
            validation.Add($"{path}.{property}", "must be between 0 and 100");
        }
    }

    public static void Date(RecipeValidation validation, JsonObject item, string path, string property)
    {
        if (validation.String(item, path, property) is { } text &&
            !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            validation.Add($"{path}.{property}", $"'{text}' is not a date like 2020-10-26");
        }
    }

    public static void Array(RecipeValidation validation, JsonObject item, string path, string property, Action<JsonObject, string> check, bool required = true)
    {
        if (item[property] is null && !required)
        {
            return;
        }
        if (item[property] is not JsonArray array)
        {
            validation.Add($"{path}.{property}", "expected an array");
            return;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject child)
            {
                check(child, $"{path}.{property}[{i}]");
            }
            else
            {
                validation.Add($"{path}.{property}[{i}]", $"expected an object, got {RecipeValidation.Describe(array[i])}");
            }
        }
    }
}
