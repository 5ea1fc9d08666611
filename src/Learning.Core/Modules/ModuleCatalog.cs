using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Modules;

/// <summary>The modules the host was composed from, in registration order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<ILearningModule> modules)
{
    public IReadOnlyList<ILearningModule> Modules { get; } = modules;

    public IEnumerable<Permission> Permissions => Modules.SelectMany(m => m.Permissions);

    public IEnumerable<AdminMenuEntry> AdminMenu => Modules.SelectMany(m => m.AdminMenu).OrderBy(e => e.Order);

    /// <summary>The setup recipes of every module, in module order, each once.</summary>
    public IEnumerable<string> SetupRecipes => Modules.SelectMany(m => m.SetupRecipes).Distinct(StringComparer.Ordinal);

    /// <summary>The kernel's strings, then every module's, relative to the application's folder.</summary>
    public IEnumerable<string> StringsFolders =>
        Modules.Select(m => m.StringsFolder).Prepend(ILearningModule.StringsFolderOf(typeof(ModuleCatalog).Assembly)).Distinct(StringComparer.Ordinal);

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        foreach (var module in Modules)
        {
            module.ConfigureModel(modelBuilder);
        }
    }
}
