using Hangfire;
using Learning.CleanSeas.Pledges;
using Learning.Core;
using Learning.Core.Data;
using Learning.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Surveys;

/// <summary>
/// Mails a sent survey to every verified government focal point in their language, and later
/// reminds those who have not submitted. One job for all; dedup keys make a rerun mail nobody twice.
/// </summary>
public sealed class SurveyInvitations(LearningDbContext db, Outbox outbox, OutboxSchedule delivery, PublicAddress address, IBackgroundJobClient jobs)
{
    public const string Invitation = "clean-seas-survey-invitation";
    public const string Reminder = "clean-seas-survey-reminder";
    public static readonly TimeSpan RemindAfter = TimeSpan.FromDays(7);

    public void Enqueue(long surveyId) => jobs.Enqueue<SurveyInvitations>(s => s.InviteAsync(surveyId, CancellationToken.None));

    public Task InviteAsync(long surveyId, CancellationToken ct) => MailAsync(surveyId, Invitation, "invite", ct);

    public async Task RemindDueAsync(DateTime now, CancellationToken ct)
    {
        var due = await db.Set<Survey>().AsNoTracking().Where(s => s.Status == SurveyStatus.Sent && s.SentUtc < now - RemindAfter).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            await MailAsync(id, Reminder, "remind", ct);
        }
    }

    private async Task MailAsync(long surveyId, string template, string kind, CancellationToken ct)
    {
        var survey = await db.Set<Survey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == surveyId && s.Status == SurveyStatus.Sent, ct);
        if (survey is null)
        {
            return;
        }
        var submitted = db.Set<SurveyResponse>().Where(r => r.SurveyId == surveyId && r.SubmittedUtc != null).Select(r => r.PledgeId);
        var pledges = await db.Set<Pledge>().AsNoTracking()
            .Where(p => p.Kind == PledgeKind.Government && p.Verification == Verification.Verified && p.ContactEmail != "" && !submitted.Contains(p.Id))
            .ToListAsync(ct);
        await delivery.SaveOnceAsync(db, async () =>
        {
            foreach (var group in pledges.GroupBy(p => p.Culture))
            {
                var recipients = group.Select(p => new OutboxRecipient(p.ContactEmail, $"clean-seas-survey-{kind}:{surveyId}:{p.Id}", new Dictionary<string, object?>
                {
                    ["country"] = p.NameIn("en"), ["title"] = survey.TitleIn(group.Key),
                    ["link"] = address.Link(CleanSeasAddresses.Survey(group.Key, surveyId)),
                })).ToList();
                await outbox.QueueManyAsync(template, group.Key, recipients, ct);
            }
        }, ct);
    }
}
