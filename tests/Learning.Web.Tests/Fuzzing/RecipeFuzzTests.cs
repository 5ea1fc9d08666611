using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Mutants of the real recipes: whatever is wrong with one, the import does not crash, a refused
/// recipe writes nothing at all, and every error says where in the file it is.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class RecipeFuzzTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const int MutantsPerRecipe = 220;

    public static TheoryData<string> Recipes => new(Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes"), "*.recipe.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Recipes))]
    public async Task A_mutated_recipe_is_imported_whole_or_refused_with_a_path_and_nothing_written(string file)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes", file));
        var problems = new List<string>();
        for (var seed = 0; seed < MutantsPerRecipe; seed++)
        {
            var (json, change) = JsonMutator.Mutate(source, seed);
            if (await ProblemWithAsync(file, json) is { } problem)
            {
                problems.Add($"{file} seed {seed} ({change}): {problem}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    private async Task<string?> ProblemWithAsync(string file, string json)
    {
        var before = await RowCountsAsync();
        RecipeResult result;
        try
        {
            result = await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeImporter>().ImportAsync(file, json, "fuzz"));
        }
        catch (Exception e)
        {
            return $"crashed: {e.GetType().Name}: {e.Message}";
        }
        if (result.Succeeded)
        {
            return null;
        }
        if (result.Errors.FirstOrDefault(e => !NamesAPath(e)) is { } vague)
        {
            return $"error without a path: {vague}";
        }
        var after = await RowCountsAsync();
        return after == before ? null : $"refused but wrote rows: {TableRows.Difference(before, after)}";
    }

    // "$" alone is only right when the text is not JSON at all.
    private static bool NamesAPath(RecipeError error) =>
        error.Path.Length > 1 || error.Message.StartsWith("not valid JSON", StringComparison.Ordinal) || error.Message.StartsWith("expected a JSON object", StringComparison.Ordinal);

    private Task<string> RowCountsAsync() => TableRows.CountAsync(site);
}
