namespace Learning.Core.Recipes;

/// <summary>The folder of the site's recipe files (<c>Learning:RecipesPath</c>), which the recipes screen lists and imports.</summary>
public sealed record RecipesFolder(string Root);
