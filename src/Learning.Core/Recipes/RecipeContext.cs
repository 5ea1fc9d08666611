namespace Learning.Core.Recipes;

/// <summary>What an applying step may know about the import it is part of.</summary>
public sealed record RecipeContext(string RecipeName, string File, bool IsSetup, string Actor);
