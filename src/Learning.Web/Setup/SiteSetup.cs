using Learning.Core;
using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Learning.Web.Composition;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Setup;

/// <summary>
/// Brings a site up: migrations, the setup recipe on an empty database (and only then), the
/// in-memory state, and the scheduled work re-derived from the database.
/// </summary>
public sealed class SiteSetup(
    LearningDbContext db,
    RecipeImporter importer,
    SiteState state,
    LearningOptions options,
    IEnumerable<IScheduledWork> scheduledWork,
    ILogger<SiteSetup> logger)
{
    public async Task RunAsync(bool importSetup = true, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (importSetup && !await db.Set<RecipeRun>().AnyAsync(r => r.IsSetup, ct))
        {
            await ImportSetupRecipeAsync(ct);
        }
        await state.ReloadAsync(db, ct);
        foreach (var work in scheduledWork)
        {
            await work.RederiveAsync(ct);
        }
    }

    public static string RecipesFolder(LearningOptions options) =>
        options.RecipesPath ?? Path.Combine(AppContext.BaseDirectory, "content-recipes");

    private async Task ImportSetupRecipeAsync(CancellationToken ct)
    {
        var path = Path.Combine(RecipesFolder(options), options.SetupRecipe);
        logger.LogInformation("Empty site: importing setup recipe {Path}", path);
        var result = await importer.ImportFileAsync(path, "setup", ct);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The setup recipe was refused:\n" + string.Join("\n", result.Errors));
        }
    }
}
