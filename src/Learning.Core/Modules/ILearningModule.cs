using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Core.Modules;

/// <summary>
/// The one contract between the host and a module. The host calls these in order at start-up;
/// a module owns its tables, endpoints, recipe steps, jobs, permissions, admin menu entries,
/// setup recipes, roles, templates and UI strings.
/// </summary>
public interface ILearningModule
{
    string Name { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureModel(ModelBuilder modelBuilder) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    IEnumerable<Permission> Permissions => [];

    IEnumerable<AdminMenuEntry> AdminMenu => [];

    /// <summary>
    /// Recipe files (in <c>content-recipes/</c>) an empty site imports after the setup recipe, in
    /// module order, each once.
    /// </summary>
    IEnumerable<string> SetupRecipes => [];

    /// <summary>The roles the module needs; the setup recipe's <c>Modules</c> step creates them.</summary>
    IEnumerable<ModuleRole> Roles => [];

    /// <summary>The templates the module ships; the setup recipe's <c>Modules</c> step imports them.</summary>
    IEnumerable<ModuleTemplates> Templates => [];

    /// <summary>
    /// Where the module's PO files are, relative to the application's folder: every project copies
    /// its <c>Localization/{culture}.po</c> to <c>Localization/{project}/</c> (Directory.Build.targets).
    /// </summary>
    string StringsFolder => StringsFolderOf(GetType().Assembly);

    static string StringsFolderOf(System.Reflection.Assembly assembly) => Path.Combine("Localization", assembly.GetName().Name!);
}
