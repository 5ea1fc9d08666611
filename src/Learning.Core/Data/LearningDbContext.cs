using Learning.Core.Caching;
using Learning.Core.Modules;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Learning.Core.Data;

/// <summary>
/// One unit of work for the whole site. Each module adds its own tables in
/// <see cref="ILearningModule.ConfigureModel"/> and reaches them through <c>Set&lt;T&gt;()</c>.
/// Provider-specific subclasses in the host carry the migrations.
/// </summary>
public abstract class LearningDbContext : IdentityDbContext<LearningUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private readonly ModuleCatalog modules;
    private bool publicContentChanged;

    protected LearningDbContext(DbContextOptions options, ModuleCatalog modules) : base(options)
    {
        this.modules = modules;
        // Noted as the tracker sees it, so a save need not look through every entry again.
        ChangeTracker.Tracked += (_, e) => NotePublic(e.Entry, e.FromQuery ? EntityState.Unchanged : e.Entry.State);
        ChangeTracker.StateChanged += (_, e) => NotePublic(e.Entry, e.NewState);
    }

    /// <summary>
    /// The Data Protection key ring, in the database instead of a folder of one machine: a user who
    /// signs in on one node stays signed in on the others, and their forms' tokens stay valid.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Whether public content was added, changed or removed since the last <see cref="TakePublicContentChange"/>.</summary>
    public bool TakePublicContentChange()
    {
        var changed = publicContentChanged;
        publicContentChanged = false;
        return changed;
    }

    private void NotePublic(EntityEntry entry, EntityState state) =>
        publicContentChanged |= entry.Entity is IPublicContent && state is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        modules.ConfigureModel(builder);
        UtcColumns.Apply(builder);
    }
}
