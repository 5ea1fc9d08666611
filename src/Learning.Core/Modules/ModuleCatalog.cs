using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Modules;

/// <summary>The modules the host was composed from, in registration order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<ILearningModule> modules)
{
    public IReadOnlyList<ILearningModule> Modules { get; } = modules;

    public IEnumerable<Permission> Permissions => Modules.SelectMany(m => m.Permissions);

    public IEnumerable<AdminMenuEntry> AdminMenu => Modules.SelectMany(m => m.AdminMenu).OrderBy(e => e.Order);

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        foreach (var module in Modules)
        {
            module.ConfigureModel(modelBuilder);
        }
    }
}
