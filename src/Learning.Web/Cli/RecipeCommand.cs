using Learning.Core.Recipes;
using Learning.Web.Composition;
using Learning.Web.Setup;

namespace Learning.Web.Cli;

/// <summary>
/// <c>recipe import FILE</c> and <c>recipe export FILE</c>: the same importer and exporter as the
/// admin area. Exit code 0 on success, 1 with the errors printed.
/// </summary>
public static class RecipeCommand
{
    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "recipe";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3 || args[1] is not ("import" or "export"))
        {
            Console.Error.WriteLine("usage: recipe import FILE | recipe export FILE");
            return 1;
        }
        var app = LearningHost.Build(args[3..], b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SiteSetup>().RunAsync(importSetup: false);
        var file = Path.GetFullPath(args[2]);
        return args[1] == "import"
            ? await ImportAsync(services.GetRequiredService<RecipeImporter>(), file)
            : await ExportAsync(services.GetRequiredService<RecipeExporter>(), file);
    }

    private static async Task<int> ImportAsync(RecipeImporter importer, string file)
    {
        var result = await importer.ImportFileAsync(file, "command line");
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }
        Console.WriteLine(result.Succeeded ? $"Imported {file}" : $"Refused {file}: {result.Errors.Count} error(s); nothing was written");
        return result.Succeeded ? 0 : 1;
    }

    private static async Task<int> ExportAsync(RecipeExporter exporter, string file)
    {
        await File.WriteAllTextAsync(file, await exporter.ExportAsync());
        Console.WriteLine($"Exported the site to {file}");
        return 0;
    }
}
