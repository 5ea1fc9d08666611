using Learning.Core.Data;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Learning.TideTurners.Jobs;

/// <summary>
/// Erases the data of youths with nothing recorded for longer than <c>TideTurners:RetentionMonths</c>
/// (24 by default). Erasing is idempotent, so a run that stops half-way is simply finished by the next.
/// </summary>
public sealed class Retention(LearningDbContext db, YouthData data, IConfiguration configuration, TimeProvider clock)
{
    public const string RecurringJobId = "tide-turners-retention";

    public int Months => int.TryParse(configuration["TideTurners:RetentionMonths"], out var months) && months > 0 ? months : 24;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddMonths(-Months);
        var expired = await db.Set<Youth>().AsNoTracking().Where(y => y.LastActivityUtc < cutoff).OrderBy(y => y.Id).Take(500).ToListAsync(ct);
        foreach (var youth in expired)
        {
            await data.EraseAsync(youth, "retention", ct);
        }
        return expired.Count;
    }
}
