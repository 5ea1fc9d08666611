namespace Learning.Core.Recipes;

public sealed record RecipeResult(IReadOnlyList<RecipeError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static RecipeResult Ok { get; } = new([]);
}
