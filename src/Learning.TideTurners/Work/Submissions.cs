using Learning.Core;
using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Work;

/// <summary>Why a youth's level cannot be submitted; the messages are shown to the leader as they are.</summary>
public sealed record SubmitRefusal(long YouthId, Refusal Refusal);

/// <summary>Leaders submit level completions; coordinators approve them in batches or return them with feedback.</summary>
public sealed class Submissions(LearningDbContext db, ChallengeContent content, BadgeIssuer badges, SigningKeys keys, AuditLog audit, TimeProvider clock)
{
    /// <summary>Submits the level for every youth given, or for none when any of them is refused.</summary>
    public async Task<List<SubmitRefusal>> SubmitAsync(Group group, Level level, IReadOnlyList<long> youthIds, string actor, CancellationToken ct)
    {
        var youths = await db.Set<Youth>().AsNoTracking().Where(y => youthIds.Contains(y.Id) && y.GroupId == group.Id).ToListAsync(ct);
        var refusals = youthIds.Except(youths.Select(y => y.Id)).Select(id => new SubmitRefusal(id, new Refusal(RefusalKind.Forbidden, "Not a youth of this group."))).ToList();
        var below = await content.BelowAsync(level, ct);
        var records = await db.Set<ActivityRecord>().AsNoTracking().Where(r => youthIds.Contains(r.YouthId)).ToListAsync(ct);
        var standing = await db.Set<Submission>().AsNoTracking().Where(s => youthIds.Contains(s.YouthId) && s.State != SubmissionState.Returned).ToListAsync(ct);
        foreach (var youth in youths)
        {
            if (below is not null && !standing.Any(s => s.YouthId == youth.Id && s.LevelId == below.Id && s.State == SubmissionState.Approved))
            {
                refusals.Add(new SubmitRefusal(youth.Id, Refusal.Invalid("The level below must be approved first.")));
            }
            else if (standing.Any(s => s.YouthId == youth.Id && s.LevelId == level.Id))
            {
                refusals.Add(new SubmitRefusal(youth.Id, Refusal.Invalid("This level is already submitted or approved.")));
            }
            else if (!level.IsPassedBy(records.Where(r => r.YouthId == youth.Id).Select(r => r.ActivityId).ToHashSet()))
            {
                refusals.Add(new SubmitRefusal(youth.Id, Refusal.Invalid("The activities recorded do not meet the level's pass rule yet.")));
            }
        }
        if (refusals.Count > 0 || youths.Count == 0)
        {
            return refusals;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var youth in youths)
        {
            db.Add(new Submission { YouthId = youth.Id, GroupId = group.Id, LevelId = level.Id, State = SubmissionState.Waiting, SubmittedUtc = now, SubmittedBy = actor });
            audit.Record("tide-turners.level.submitted", GroupRoster.Subject(youth.Id), level.Id, actor);
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Approves waiting submissions and issues their badges, all in one transaction. Already-decided ones are skipped.</summary>
    public async Task<int> ApproveAsync(IReadOnlyList<Submission> chosen, string actor, CancellationToken ct)
    {
        using var key = await keys.CurrentAsync(ct);
        var ids = chosen.Select(s => s.Id).ToList();
        var approved = 0;
        await db.InTransactionAsync(async () =>
        {
            var waiting = await db.Set<Submission>().Where(s => ids.Contains(s.Id) && s.State == SubmissionState.Waiting).ToListAsync(ct);
            var youths = await db.Set<Youth>().AsNoTracking().Where(y => waiting.Select(s => s.YouthId).Contains(y.Id)).ToDictionaryAsync(y => y.Id, ct);
            foreach (var submission in waiting)
            {
                (submission.State, submission.ReviewedUtc, submission.ReviewedBy) = (SubmissionState.Approved, clock.GetUtcNow().UtcDateTime, actor);
                await badges.IssueAsync(submission, youths[submission.YouthId], (await content.LevelAsync(submission.LevelId, ct))!, key, ct);
                audit.Record("tide-turners.level.approved", GroupRoster.Subject(submission.YouthId), submission.LevelId, actor);
            }
            approved = waiting.Count;
        }, ct);
        return approved;
    }

    public async Task<bool> ReturnAsync(Submission submission, string feedback, string actor, CancellationToken ct)
    {
        var tracked = await db.Set<Submission>().FirstAsync(s => s.Id == submission.Id, ct);
        if (tracked.State != SubmissionState.Waiting)
        {
            return false;
        }
        (tracked.State, tracked.Feedback, tracked.ReviewedUtc, tracked.ReviewedBy) = (SubmissionState.Returned, feedback.Trim(), clock.GetUtcNow().UtcDateTime, actor);
        audit.Record("tide-turners.level.returned", GroupRoster.Subject(tracked.YouthId), tracked.LevelId, actor);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
