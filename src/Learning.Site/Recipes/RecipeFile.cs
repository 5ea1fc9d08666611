using System.Text.Json;
using System.Text.Json.Nodes;

namespace Learning.Site.Recipes;

/// <summary>A recipe file in the recipes folder, with what its header says, or why it could not be read.</summary>
public sealed record RecipeFile(string FileName, string? Name, string? DisplayName, string? Description, string? Error)
{
    public const string Pattern = "*.recipe.json";

    public static List<string> Names(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, Pattern).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static RecipeFile Read(string folder, string fileName)
    {
        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            if (JsonNode.Parse(File.ReadAllText(Path.Combine(folder, fileName)), documentOptions: options) is not JsonObject root)
            {
                return new RecipeFile(fileName, null, null, null, "expected a JSON object at the top of the file");
            }
            return new RecipeFile(fileName, Text(root, "name"), Text(root, "displayName"), Text(root, "description"), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return new RecipeFile(fileName, null, null, null, e.Message);
        }
    }

    private static string? Text(JsonObject root, string property) =>
        root[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
