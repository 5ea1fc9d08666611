using Hangfire.Storage;
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
    ModuleCatalog modules,
    IEnumerable<IScheduledWork> scheduledWork,
    ILogger<SiteSetup> logger)
{
    public async Task RunAsync(bool importSetup = true, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        // A setup interrupted before may have imported the languages already; later recipes refer to them.
        await state.ReloadAsync(db, ct);
        if (importSetup)
        {
            await ImportSetupRecipesAsync(ct);
        }
        await state.ReloadAsync(db, ct);
        foreach (var work in scheduledWork)
        {
            await RederiveAsync(work, ct);
        }
    }

    /// <summary>How long a start waits for a job lock that a node killed while holding it left behind.</summary>
    private static readonly TimeSpan StaleLockPatience = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Re-derives one module's work. A node killed while it held a job lock leaves the lock until
    /// it lapses (Learning:Jobs:LockSeconds); the start waits for that instead of failing.
    /// </summary>
    private async Task RederiveAsync(IScheduledWork work, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await work.RederiveAsync(ct);
                return;
            }
            catch (DistributedLockTimeoutException e) when (waited.Elapsed < StaleLockPatience)
            {
                logger.LogWarning("Waiting for a job lock, perhaps left by a stopped node: {Message}", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    public const string SetupActor = "setup";

    public static string RecipesFolder(LearningOptions options) =>
        options.RecipesPath ?? Path.Combine(AppContext.BaseDirectory, "content-recipes");

    /// <summary>
    /// Imports each setup recipe that this site has not imported yet: the setup recipe, then the
    /// modules' in module order. One that fails stops the start and is tried again at the next one;
    /// none is imported twice.
    /// </summary>
    private async Task ImportSetupRecipesAsync(CancellationToken ct)
    {
        var done = (await db.Set<RecipeRun>().Where(r => r.Actor == SetupActor).Select(r => r.File).ToListAsync(ct)).ToHashSet();
        var files = modules.SetupRecipes
            .Where(f => !options.SkipSetupRecipes.Contains(f) && File.Exists(Path.Combine(RecipesFolder(options), f)))
            .Prepend(options.SetupRecipe);
        foreach (var file in files.Where(f => !done.Contains(f)))
        {
            var path = Path.Combine(RecipesFolder(options), file);
            logger.LogInformation("Empty site: importing {Path}", path);
            var result = await importer.ImportFileAsync(path, SetupActor, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The setup recipe {file} was refused:\n" + string.Join("\n", result.Errors));
            }
        }
    }
}
