using Learning.Core.Caching;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Challenge;

/// <summary>The levels with their activities, and the organisations: read-only content, kept in memory until it changes.</summary>
public sealed class ChallengeContent(LearningDbContext db, PublicCache cache)
{
    public Task<List<Level>> LevelsAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync("tide-turners:levels", async () =>
        {
            var levels = await db.Set<Level>().AsNoTracking().Include(l => l.Activities).OrderBy(l => l.Order).ToListAsync(ct);
            levels.ForEach(l => l.Activities = l.Activities.OrderBy(a => a.Order).ToList());
            return levels;
        });

    public Task<List<Organisation>> OrganisationsAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync("tide-turners:organisations", () => db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct));

    public async Task<Level?> LevelAsync(string id, CancellationToken ct = default) =>
        (await LevelsAsync(ct)).FirstOrDefault(l => l.Id == id);

    /// <summary>The level just below, whose badge a youth needs before this one; null for the first.</summary>
    public async Task<Level?> BelowAsync(Level level, CancellationToken ct = default) =>
        (await LevelsAsync(ct)).LastOrDefault(l => l.Order < level.Order);
}
