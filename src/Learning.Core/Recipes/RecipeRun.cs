namespace Learning.Core.Recipes;

/// <summary>A record that a recipe was imported: when, by whom, and the hash of what was imported.</summary>
public class RecipeRun
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string File { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public bool IsSetup { get; set; }
    public string Actor { get; set; } = "";
    public DateTime ImportedUtc { get; set; }
}
