using System.Text.Json.Nodes;
using Learning.Core.Content;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Recipes;

public abstract class RecipeImportTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static string SetupRecipe => File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes", "setup.recipe.json"));

    [Fact]
    public async Task A_wrong_type_deep_inside_a_step_is_refused_with_its_path_and_nothing_is_written()
    {
        var recipe = JsonNode.Parse(SetupRecipe)!.AsObject();
        var content = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Content")!;
        var stepIndex = recipe["steps"]!.AsArray().IndexOf(content);
        content["data"]![0]!["id"] = "page-new-item-en";
        content["data"]![12]!["title"] = 42;
        recipe["steps"]!.AsArray().Insert(0, new JsonObject { ["name"] = "Languages", ["data"] = new JsonArray(new JsonObject { ["culture"] = "de", ["nativeName"] = "Deutsch", ["englishName"] = "German" }) });

        var before = await CountsAsync();
        var result = await ImportAsync("broken.recipe.json", recipe.ToJsonString());

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken.recipe.json", error.File);
        Assert.Equal($"steps[{stepIndex + 1}].data[12].title", error.Path);
        Assert.Contains("expected a string", error.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"Nope\"}]}", "steps[0].name", "unknown step 'Nope'")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"Menus\",\"data\":[{\"id\":\"a\",\"menu\":\"main\",\"localizationSet\":\"s\"},{\"id\":\"a\",\"menu\":\"main\",\"localizationSet\":\"s\"}]}]}", "steps[0].data[1].id", "duplicate id 'a'")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"Content\",\"data\":[{\"id\":\"p\",\"contentType\":\"Page\",\"localizationSet\":\"p\",\"culture\":\"xx\",\"title\":\"t\",\"slug\":\"p\",\"body\":\"b\"}]}]}", "steps[0].data[0].culture", "unknown language 'xx'")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"Roles\",\"data\":[{\"name\":\"R\",\"permissions\":[\"Fly\"]}]}]}", "steps[0].data[0].permissions[0]", "unknown permission")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"Settings\",\"data\":[{\"key\":\"Theme.Public\",\"value\":\"Nope\"}]}]}", "steps[0].data[0].value", "unknown theme 'Nope'")]
    [InlineData("{\"name\":\"x\",\"steps\":[{\"name\":\"EmailTemplates\",\"data\":[{\"name\":\"t\",\"culture\":\"en\",\"subject\":\"s\",\"body\":\"{% if %}\"}]}]}", "steps[0].data[0].body", "not a valid Liquid template")]
    [InlineData("{\"name\":\"x\",\"steps\":[", "$", "not valid JSON")]
    [InlineData("{\"steps\":[]}", "$.name", "is required")]
    public async Task Bad_recipes_are_refused_with_a_path_and_a_reason(string json, string path, string message)
    {
        var result = await ImportAsync("bad.recipe.json", json);

        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(message));
    }

    [Fact]
    public async Task Importing_the_setup_recipe_again_changes_nothing()
    {
        var before = await CountsAsync();

        var result = await ImportAsync("setup.recipe.json", SetupRecipe);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before.Versions, (await CountsAsync()).Versions);
    }

    [Fact]
    public async Task Export_is_stable_across_a_restart_and_an_import_into_an_empty_site()
    {
        var first = await ExportAsync(site);
        string afterRestart;
        using (var restarted = site.Restart())
        {
            afterRestart = await ExportAsync(restarted);
        }
        string roundTrip;
        using (var empty = site.Empty())
        {
            roundTrip = await CommandLineRoundTripAsync(empty, first);
        }

        Assert.Equal(first, afterRestart);
        Assert.Equal(first, roundTrip);
        Assert.Contains("\"culture\": \"zh-Hans\"", first);
    }

    [Fact]
    public async Task The_command_line_refuses_a_bad_recipe_with_exit_code_1()
    {
        var file = Path.Combine(site.DataPath, "bad.recipe.json");
        await File.WriteAllTextAsync(file, "{\"name\":\"x\",\"steps\":[{\"name\":\"Nope\"}]}");

        var exit = await Learning.Web.Cli.RecipeCommand.RunAsync(["recipe", "import", file, .. site.CommandLineSettings()]);

        Assert.Equal(1, exit);
    }

    private static async Task<string> CommandLineRoundTripAsync(SiteFactory empty, string export)
    {
        var input = Path.Combine(empty.DataPath, "in.recipe.json");
        var output = Path.Combine(empty.DataPath, "out.recipe.json");
        await File.WriteAllTextAsync(input, export);
        Assert.Equal(0, await Learning.Web.Cli.RecipeCommand.RunAsync(["recipe", "import", input, .. empty.CommandLineSettings()]));
        Assert.Equal(0, await Learning.Web.Cli.RecipeCommand.RunAsync(["recipe", "export", output, .. empty.CommandLineSettings()]));
        return await File.ReadAllTextAsync(output);
    }

    private static Task<string> ExportAsync(SiteFactory factory) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync());

    private Task<RecipeResult> ImportAsync(string file, string json) =>
        site.WithScopeAsync(sp => sp.GetRequiredService<RecipeImporter>().ImportAsync(file, json, "test"));

    private Task<(int Versions, int Languages, int Runs)> CountsAsync() =>
        site.WithDbAsync(async db => (
            await db.Set<ContentItemVersion>().CountAsync(),
            await db.Set<Learning.Core.Cultures.Language>().CountAsync(),
            await db.Set<RecipeRun>().CountAsync()));
}

public sealed class SqliteRecipeImportTests(SqliteSite site) : RecipeImportTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresRecipeImportTests(PostgresSite site) : RecipeImportTests<PostgresSite>(site);
