using Learning.Core.Data;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Modules;

/// <summary>What a module declares through ILearningModule is what the host serves.</summary>
public sealed class ModuleContractTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Every_declared_permission_is_an_authorization_policy()
    {
        site.Browser();
        var policies = site.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        foreach (var permission in site.Services.GetRequiredService<ModuleCatalog>().Permissions)
        {
            Assert.NotNull(await policies.GetPolicyAsync(permission.Name));
        }
    }

    [Fact]
    public async Task The_tables_of_every_module_are_in_the_migrated_database()
    {
        site.Browser();
        var tables = await site.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<LearningDbContext>().Model.GetEntityTypes()
            .Select(e => e.GetTableName()).OfType<string>().Distinct().ToList()));

        var pending = await site.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.Contains("ContentItemVersions", tables);
        Assert.Contains("OutboxMessages", tables);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task The_recipe_steps_of_the_modules_are_known_to_the_importer()
    {
        site.Browser();
        var result = await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeImporter>()
            .ImportAsync("probe.json", "{\"name\":\"p\",\"steps\":[{\"name\":\"Unknown\"}]}", "test"));

        var message = Assert.Single(result.Errors).Message;
        foreach (var step in new[] { "Languages", "Roles", "Settings", "EmailTemplates", "Content", "Menus", "Administrator" })
        {
            Assert.Contains(step, message);
        }
    }

    [Fact]
    public void The_model_has_no_pending_changes_for_either_database()
    {
        // A model change without a migration for both providers fails here before it fails in production.
        using var sqlite = new Learning.Web.Data.SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new Learning.Web.Data.PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges());
        Assert.False(postgres.Database.HasPendingModelChanges());
    }
}
