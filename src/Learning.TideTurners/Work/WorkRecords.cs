using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Work;

/// <summary>One cell of the leader's grid: this youth did this activity, with this evidence.</summary>
public sealed record DoneCell(long YouthId, string ActivityId, string Evidence);

/// <summary>What leaders record in their group's grid. Cells of another group's youth or an unknown activity are refused whole.</summary>
public sealed class WorkRecords(LearningDbContext db, ChallengeContent content, AuditLog audit, TimeProvider clock)
{
    public const int EvidenceLength = 2000;

    /// <summary>False (and nothing stored) when a cell names a youth outside the group or an unknown activity.</summary>
    public async Task<bool> RecordAsync(Group group, IReadOnlyList<DoneCell> cells, string actor, CancellationToken ct)
    {
        var activities = (await content.LevelsAsync(ct)).SelectMany(l => l.Activities).Select(a => a.Id).ToHashSet();
        var youthIds = cells.Select(c => c.YouthId).Distinct().ToList();
        var youths = await db.Set<Youth>().Where(y => youthIds.Contains(y.Id) && y.GroupId == group.Id).ToListAsync(ct);
        if (youths.Count != youthIds.Count || cells.Any(c => !activities.Contains(c.ActivityId) || c.Evidence.Length > EvidenceLength))
        {
            return false;
        }
        var existing = await db.Set<ActivityRecord>().Where(r => youthIds.Contains(r.YouthId)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var cell in cells)
        {
            var record = existing.FirstOrDefault(r => r.YouthId == cell.YouthId && r.ActivityId == cell.ActivityId);
            if (record is null)
            {
                record = new ActivityRecord { YouthId = cell.YouthId, ActivityId = cell.ActivityId };
                db.Add(record);
                existing.Add(record);
            }
            record.Evidence = cell.Evidence.Trim();
            (record.RecordedUtc, record.RecordedBy) = (now, actor);
            audit.Record("tide-turners.activity.recorded", GroupRoster.Subject(cell.YouthId), cell.ActivityId, actor);
        }
        youths.ForEach(y => y.LastActivityUtc = now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<List<ActivityRecord>> ForGroupAsync(long groupId, CancellationToken ct) =>
        db.Set<ActivityRecord>().AsNoTracking()
            .Where(r => db.Set<Youth>().Any(y => y.Id == r.YouthId && y.GroupId == groupId)).ToListAsync(ct);
}
