using System.Text.Json.Nodes;

namespace Learning.Core.Recipes;

/// <summary>
/// A named step of a recipe, owned by one module. Validation sees the whole recipe before
/// anything is written; Apply runs inside the import's single transaction.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Where the step stands in an exported recipe: things referenced come first.</summary>
    int ExportOrder { get; }

    /// <summary>Lets a step announce what it creates (a language, a role) before any step is validated.</summary>
    void Declare(JsonObject step, RecipeValidation validation) { }

    void Validate(JsonObject step, string path, RecipeValidation validation);

    Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct);

    /// <summary>The site's current state as this step's JSON, or null when the step is not exported.</summary>
    Task<JsonObject?> ExportAsync(CancellationToken ct);
}
