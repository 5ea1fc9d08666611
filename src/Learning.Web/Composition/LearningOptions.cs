namespace Learning.Web.Composition;

/// <summary>Bound from the <c>Learning</c> section: where data lives and which database to use.</summary>
public sealed class LearningOptions
{
    public string DataPath { get; set; } = "data";
    public string Database { get; set; } = "Sqlite";
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string SetupRecipe { get; set; } = "setup.recipe.json";

    /// <summary>Setup recipes of the modules that a first start leaves out, by file name.</summary>
    public List<string> SkipSetupRecipes { get; set; } = [];
    public string? RecipesPath { get; set; }

    /// <summary>Where uploaded files are kept; by default under the data folder. Nodes behind a load balancer share one.</summary>
    public string? UploadsPath { get; set; }

    public bool UsesPostgres => Database.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public string FullDataPath => Path.GetFullPath(DataPath);

    public string PickupFolder => Path.Combine(FullDataPath, "mail-pickup");

    public string UploadsFolder => Path.GetFullPath(string.IsNullOrWhiteSpace(UploadsPath) ? Path.Combine(FullDataPath, "uploads") : UploadsPath);
}
