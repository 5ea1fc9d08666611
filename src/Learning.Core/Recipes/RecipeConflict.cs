namespace Learning.Core.Recipes;

/// <summary>
/// Thrown by a step while applying, when the recipe is well formed but contradicts what the site
/// already holds (an id that belongs to something else). The import is rolled back and the error
/// is reported at <see cref="Path"/>, relative to the step.
/// </summary>
public sealed class RecipeConflict(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
