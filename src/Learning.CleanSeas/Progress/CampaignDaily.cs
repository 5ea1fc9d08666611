using Hangfire;
using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Surveys;
using Learning.Core;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Progress;

/// <summary>
/// Once a day: marks commitments inactive after two years without a report, reminds focal points of
/// a yearly report due within a month, reminds governments of a survey they have not answered, and
/// forgets individual pledges never confirmed.
/// Each part is a condition on the database, so a rerun finds nothing more to do.
/// </summary>
public sealed class CampaignDaily(
    LearningDbContext db, Outbox outbox, OutboxSchedule delivery, PublicAddress address, SurveyInvitations surveys, Individuals.IndividualPledges individuals, TimeProvider clock)
{
    public const string RecurringJobId = "clean-seas-daily";
    public const string ProgressReminder = "clean-seas-progress-reminder";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await LapseAsync(now, ct);
        await RemindReportsAsync(now, ct);
        await surveys.RemindDueAsync(now, ct);
        await individuals.ForgetUnconfirmedAsync(now, ct);
    }

    public async Task<int> LapseAsync(DateTime now, CancellationToken ct)
    {
        var cutoff = now.AddYears(-2);
        return await db.Set<Commitment>()
            .Where(c => c.Status == CommitmentStatus.Published && !c.Inactive && (c.LastReportUtc ?? c.PublishedUtc) < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Inactive, true), ct);
    }

    private async Task RemindReportsAsync(DateTime now, CancellationToken ct)
    {
        var published = await db.Set<Commitment>().AsNoTracking().Where(c => c.Status == CommitmentStatus.Published && c.PublishedUtc != null).ToListAsync(ct);
        var due = published.Select(c => (Commitment: c, Due: NextDue(c.PublishedUtc!.Value, now)))
            .Where(x => x.Due - now <= TimeSpan.FromDays(30) && (x.Commitment.LastReportUtc is null || x.Commitment.LastReportUtc.Value.Year < x.Due.Year)).ToList();
        var pledgeIds = due.Select(x => x.Commitment.PledgeId).Distinct().ToList();
        var pledges = await db.Set<Pledge>().AsNoTracking().Where(p => pledgeIds.Contains(p.Id) && p.ContactEmail != "").ToDictionaryAsync(p => p.Id, ct);
        await delivery.SaveOnceAsync(db, async () =>
        {
            foreach (var (commitment, when) in due.Where(x => pledges.ContainsKey(x.Commitment.PledgeId)))
            {
                var pledge = pledges[commitment.PledgeId];
                await outbox.QueueAsync(ProgressReminder, pledge.Culture, pledge.ContactEmail, $"clean-seas-progress:{commitment.Id}:{when.Year}", new Dictionary<string, object?>
                {
                    ["title"] = commitment.Title, ["due"] = when.ToString("yyyy-MM-dd"),
                    ["link"] = address.Link(CleanSeasAddresses.MyCommitment(pledge.Culture, commitment.Id)),
                }, ct);
            }
        }, ct);
    }

    /// <summary>The next anniversary of publication from today: the yearly due date.</summary>
    public static DateTime NextDue(DateTime published, DateTime now)
    {
        var due = published.AddYears(Math.Max(1, now.Year - published.Year));
        return due < now ? due.AddYears(1) : due;
    }
}

public sealed class CampaignSchedule(IRecurringJobManager recurring) : IScheduledWork
{
    public Task RederiveAsync(CancellationToken ct)
    {
        recurring.AddOrUpdate<CampaignDaily>(CampaignDaily.RecurringJobId, d => d.RunAsync(CancellationToken.None), Cron.Daily(2));
        return Task.CompletedTask;
    }
}
