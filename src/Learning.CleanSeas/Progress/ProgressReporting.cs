using Learning.Core;
using Learning.CleanSeas.Pledges;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Progress;

public sealed class ProgressInput
{
    public int? Percent { get; set; }
    public string? Achievements { get; set; }
    public string? Challenges { get; set; }
    public string? Light { get; set; }
}

/// <summary>The yearly report of a published commitment: it sets the commitment's light and reactivates it.</summary>
public sealed class ProgressReporting(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t)
{
    public async Task<List<string>> ReportAsync(Commitment commitment, ProgressInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<string>();
        if (commitment.Status != CommitmentStatus.Published)
        {
            errors.Add(t["Progress is reported on published commitments only."]);
        }
        if (input.Percent is not { } percent || !CommitmentReport.Steps.Contains(percent))
        {
            errors.Add(t["Choose the progress: 0, 25, 50, 75 or 100%."]);
        }
        if (!EnumNames.TryParse<StatusLight>(input.Light, out var light))
        {
            errors.Add(t["Choose a status light: green, yellow or red."]);
        }
        if (string.IsNullOrWhiteSpace(input.Achievements) || input.Achievements.Length > 5000 || (input.Challenges?.Length ?? 0) > 5000)
        {
            errors.Add(t["Describe the achievements (at most 5,000 characters)."]);
        }
        if (await db.Set<CommitmentReport>().AnyAsync(r => r.CommitmentId == commitment.Id && r.Year == now.Year, ct))
        {
            errors.Add(t["This commitment already has its report for {0}.", now.Year]);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        db.Add(new CommitmentReport
        {
            CommitmentId = commitment.Id, Year = now.Year, Percent = input.Percent!.Value, Light = light,
            Achievements = input.Achievements!.Trim(), Challenges = input.Challenges?.Trim() ?? "", Actor = audit.CurrentActor, ReportedUtc = now,
        });
        commitment.ProgressPercent = input.Percent;
        commitment.Light = light;
        commitment.LastReportUtc = now;
        commitment.Inactive = false;
        audit.Record("clean-seas.progress", $"commitment:{commitment.Id}", $"{input.Percent}% {light}");
        await db.SaveChangesAsync(ct);
        return [];
    }
}
