using System.Text.Json.Nodes;
using Learning.Core.Recipes;

namespace Learning.TideTurners.Recipes;

/// <summary>Reads and checks the per-language texts of challenge content: every language the site knows must have one.</summary>
internal static class RecipeTexts
{
    public static void Check(JsonObject item, string path, string property, RecipeValidation validation, int maxLength)
    {
        if (item[property] is not JsonObject texts)
        {
            validation.Add($"{path}.{property}", "expected an object of texts by language");
            return;
        }
        foreach (var (culture, node) in texts)
        {
            validation.Culture(culture, $"{path}.{property}.{culture}");
            validation.String(texts, $"{path}.{property}", culture, maxLength: maxLength);
        }
        foreach (var missing in validation.Cultures.Where(c => !texts.ContainsKey(c)).Order(StringComparer.Ordinal))
        {
            validation.Add($"{path}.{property}.{missing}", "is missing: the challenge is offered in every language");
        }
    }

    public static Dictionary<string, string> Read(JsonObject item, string property) =>
        item[property]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>().Trim());

    public static JsonObject Write(IReadOnlyDictionary<string, string> texts) =>
        new(texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));
}
