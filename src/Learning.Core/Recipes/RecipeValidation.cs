using System.Text.Json;
using System.Text.Json.Nodes;

namespace Learning.Core.Recipes;

/// <summary>
/// Collects the errors of one recipe and what its steps declare (e.g. the languages it adds), so
/// that a step can check references to things the same recipe creates.
/// </summary>
public sealed class RecipeValidation(string file, IEnumerable<string> knownCultures)
{
    private readonly List<RecipeError> errors = [];

    public string File { get; } = file;

    public HashSet<string> Cultures { get; } = new(knownCultures, StringComparer.Ordinal);

    public IReadOnlyList<RecipeError> Errors => errors;

    private readonly Dictionary<string, HashSet<string>> declared = new(StringComparer.Ordinal);

    /// <summary>Ids of one kind (e.g. "track") that a step of this recipe creates, for steps that refer to them.</summary>
    public HashSet<string> Declared(string kind) =>
        declared.TryGetValue(kind, out var ids) ? ids : declared[kind] = new HashSet<string>(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public void Add(string path, string message) => errors.Add(new RecipeError(File, path, message));

    /// <summary>Checks each element of the step's <c>data</c> array; the callback gets the object and its path.</summary>
    public void ForEachItem(JsonObject step, string stepPath, Action<JsonObject, string> check)
    {
        if (step["data"] is not JsonArray data)
        {
            Add($"{stepPath}.data", "expected an array of items");
            return;
        }
        for (var i = 0; i < data.Count; i++)
        {
            var path = $"{stepPath}.data[{i}]";
            if (data[i] is JsonObject item)
            {
                check(item, path);
            }
            else
            {
                Add(path, $"expected an object, got {Describe(data[i])}");
            }
        }
    }

    public string? String(JsonObject item, string path, string property, bool required = true, int maxLength = 10_000)
    {
        var node = item[property];
        if (node is null)
        {
            if (required)
            {
                Add($"{path}.{property}", "is required");
            }
            return null;
        }
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            Add($"{path}.{property}", $"expected a string, got {Describe(node)}");
            return null;
        }
        if (text.Length > maxLength)
        {
            Add($"{path}.{property}", $"is longer than {maxLength} characters");
            return null;
        }
        return text;
    }

    public bool? Boolean(JsonObject item, string path, string property)
    {
        var node = item[property];
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }
        Add($"{path}.{property}", $"expected true or false, got {Describe(node)}");
        return null;
    }

    public int? Integer(JsonObject item, string path, string property)
    {
        var node = item[property];
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.TryGetValue<int>(out var number))
        {
            return number;
        }
        Add($"{path}.{property}", $"expected a whole number, got {Describe(node)}");
        return null;
    }

    /// <summary>
    /// Reads the item as the step's data type. A value of the wrong type is reported at its own
    /// path, so a step that checks its items field by field cannot miss one.
    /// </summary>
    public T? Shape<T>(JsonObject item, string path, JsonSerializerOptions options) where T : class
    {
        if (errors.Any(e => e.Path.StartsWith(path, StringComparison.Ordinal)))
        {
            return null;
        }
        try
        {
            return item.Deserialize<T>(options);
        }
        catch (JsonException e)
        {
            Add(path + (e.Path ?? "$")[1..], "has a value of the wrong type");
            return null;
        }
    }

    /// <summary>The array's items as texts; an item that is not one is reported at its index.</summary>
    public List<string> Strings(JsonArray array, string path)
    {
        var texts = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                texts.Add(text);
            }
            else
            {
                Add($"{path}[{i}]", $"expected a string, got {Describe(array[i])}");
            }
        }
        return texts;
    }

    /// <summary>Reports an id seen twice within one step.</summary>
    public void Unique(HashSet<string> seen, string? id, string path)
    {
        if (id is not null && !seen.Add(id))
        {
            Add(path, $"duplicate id '{id}'");
        }
    }

    public void Culture(string? culture, string path)
    {
        if (culture is not null && !Cultures.Contains(culture))
        {
            Add(path, $"unknown language '{culture}'; known: {string.Join(", ", Cultures.Order(StringComparer.Ordinal))}");
        }
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v when v.TryGetValue<string>(out _) => "a string",
        JsonValue v when v.TryGetValue<bool>(out _) => "true/false",
        _ => "a number",
    };
}
