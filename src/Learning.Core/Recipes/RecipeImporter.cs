using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Learning.Core.Recipes;

/// <summary>
/// Imports a recipe: the whole file is validated first, then every step is applied in one
/// transaction, so a bad recipe writes nothing.
/// </summary>
public sealed class RecipeImporter(
    LearningDbContext db,
    IEnumerable<IRecipeStep> steps,
    CultureCatalog cultures,
    SiteState siteState,
    TimeProvider clock,
    ILogger<RecipeImporter> logger)
{
    private readonly Dictionary<string, IRecipeStep> stepsByName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public async Task<RecipeResult> ImportFileAsync(string path, string actor, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            return Fail(path, "$", "file not found");
        }
        return await ImportAsync(Path.GetFileName(path), await File.ReadAllTextAsync(path, ct), actor, ct);
    }

    public async Task<RecipeResult> ImportAsync(string file, string json, string actor, CancellationToken ct = default)
    {
        var (root, validation) = Validate(file, json);
        if (root is null || validation.HasErrors)
        {
            return new RecipeResult(validation.Errors);
        }
        var context = new RecipeContext(root["name"]!.GetValue<string>(), file, root["issetuprecipe"]?.GetValue<bool>() ?? false, actor);
        if (await ApplyAsync(root, context, Hash(json), ct) is { } failed)
        {
            return new RecipeResult([failed]);
        }
        await siteState.ReloadAsync(db, ct);
        logger.LogInformation("Imported recipe {Recipe} from {File} as {Actor}", context.RecipeName, file, actor);
        return RecipeResult.Ok;
    }

    public (JsonObject? Root, RecipeValidation Validation) Validate(string file, string json)
    {
        var validation = new RecipeValidation(file, cultures.Languages.Select(l => l.Culture));
        var root = Parse(json, validation);
        if (root is null)
        {
            return (null, validation);
        }
        ValidateHeader(root, validation);
        if (root["steps"] is not JsonArray stepArray)
        {
            validation.Add("steps", root["steps"] is null ? "is required" : "expected an array of steps");
            return (root, validation);
        }
        var named = NamedSteps(stepArray, validation);
        foreach (var (step, handler, _) in named)
        {
            handler.Declare(step, validation);
        }
        foreach (var (step, handler, path) in named)
        {
            handler.Validate(step, path, validation);
        }
        return (root, validation);
    }

    private static JsonObject? Parse(string json, RecipeValidation validation)
    {
        try
        {
            if (JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) is JsonObject root)
            {
                return root;
            }
            validation.Add("$", "expected a JSON object at the top of the file");
        }
        catch (JsonException e)
        {
            validation.Add(e.Path ?? "$", $"not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})");
        }
        return null;
    }

    private static void ValidateHeader(JsonObject root, RecipeValidation validation)
    {
        validation.String(root, "$", "name", maxLength: 100);
        foreach (var optional in new[] { "displayName", "description", "author", "version" })
        {
            validation.String(root, "$", optional, required: false);
        }
        validation.Boolean(root, "$", "issetuprecipe");
    }

    private List<(JsonObject Step, IRecipeStep Handler, string Path)> NamedSteps(JsonArray stepArray, RecipeValidation validation)
    {
        var named = new List<(JsonObject, IRecipeStep, string)>();
        for (var i = 0; i < stepArray.Count; i++)
        {
            var path = $"steps[{i}]";
            if (stepArray[i] is not JsonObject step)
            {
                validation.Add(path, $"expected a step object, got {RecipeValidation.Describe(stepArray[i])}");
                continue;
            }
            var name = validation.String(step, path, "name", maxLength: 100);
            if (name is null)
            {
                continue;
            }
            if (!stepsByName.TryGetValue(name, out var handler))
            {
                validation.Add($"{path}.name", $"unknown step '{name}'; known steps: {string.Join(", ", stepsByName.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }
            named.Add((step, handler, path));
        }
        return named;
    }

    /// <summary>Applies every step in one transaction; on failure, the path of the step that failed and why.</summary>
    private async Task<RecipeError?> ApplyAsync(JsonObject root, RecipeContext context, string hash, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var path = "$";
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var steps = root["steps"]!.AsArray();
                for (var i = 0; i < steps.Count; i++)
                {
                    path = $"steps[{i}]";
                    var step = steps[i]!.AsObject();
                    await stepsByName[step["name"]!.GetValue<string>()].ApplyAsync(step, context, ct);
                    await db.SaveChangesAsync(ct);
                }
                path = "$";
                db.Add(new RecipeRun { Name = context.RecipeName, File = context.File, Sha256 = hash, IsSetup = context.IsSetup, Actor = context.Actor, ImportedUtc = clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return null;
        }
        catch (RecipeConflict conflict)
        {
            db.ChangeTracker.Clear();
            return new RecipeError(context.File, $"{path}.{conflict.Path}", conflict.Message);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning(e, "Recipe {File} failed while applying {Path}; rolled back", context.File, path);
            return new RecipeError(context.File, path, $"the import was rolled back: {e.GetBaseException().Message}");
        }
    }

    private static RecipeResult Fail(string file, string path, string message) => new([new RecipeError(file, path, message)]);

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
