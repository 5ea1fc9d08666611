using Learning.Core.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Data;

/// <summary>
/// One unit of work for the whole site. Each module adds its own tables in
/// <see cref="ILearningModule.ConfigureModel"/> and reaches them through <c>Set&lt;T&gt;()</c>.
/// Provider-specific subclasses in the host carry the migrations.
/// </summary>
public abstract class LearningDbContext(DbContextOptions options, ModuleCatalog modules)
    : IdentityDbContext<LearningUser, IdentityRole, string>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        modules.ConfigureModel(builder);
    }
}
