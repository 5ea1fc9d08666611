namespace Learning.Core.Recipes;

/// <summary>What is wrong, and exactly where: the file and the JSON path (<c>steps[3].data[12].title</c>).</summary>
public sealed record RecipeError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}
