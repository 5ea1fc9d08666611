using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Every row of the database that belongs to some people: rows naming one of their user ids or
/// addresses, and rows hanging from those by a foreign key (a group's youth, a pledge's commitments),
/// read from the model so a new table is covered. Each row is kept as the text of its values.
/// </summary>
public static class OwnedRows
{
    // Queued and sent e-mail changes as the dispatcher works, whoever caused it.
    private static bool Watched(IEntityType type) =>
        type.BaseType is null && !type.IsOwned() && type.FindPrimaryKey() is not null && !type.HasSharedClrType && !type.ClrType.Name.Contains("Outbox", StringComparison.Ordinal);

    public static Task<Dictionary<string, string>> ReadAsync(SiteFactory site, IReadOnlyCollection<string> owners) => site.WithDbAsync(async db =>
    {
        var all = new List<(IEntityType Type, string Key, Dictionary<string, object?> Values)>();
        foreach (var type in db.Model.GetEntityTypes().Where(Watched))
        {
            var rows = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
            foreach (var row in await rows.ToListAsync())
            {
                var entry = db.Entry(row);
                var key = string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
                all.Add((entry.Metadata, key, entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)));
            }
        }
        var owned = all.Where(r => r.Values.Values.Any(v => v is string s && owners.Contains(s, StringComparer.OrdinalIgnoreCase))).ToList();
        for (var depth = 0; depth < 3; depth++)
        {
            var keys = owned.Select(r => (r.Type.GetRootType().Name, r.Key)).ToHashSet();
            owned = owned.Union(all.Where(r => r.Type.GetForeignKeys().Any(fk => keys.Contains((fk.PrincipalEntityType.GetRootType().Name,
                string.Join(",", fk.Properties.Select(p => r.Values.GetValueOrDefault(p.Name)))))))).ToList();
        }
        return owned.ToDictionary(r => $"{r.Type.ShortName()}#{r.Key}", r => string.Join("|", r.Values.Select(v => $"{v.Key}={v.Value}")));
    });
}
