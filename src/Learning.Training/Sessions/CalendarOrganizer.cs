using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Settings;
using Learning.Training.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learning.Training.Sessions;

/// <summary>A person in a calendar file: the address that identifies them, and the name shown.</summary>
public sealed record CalendarPerson(string Email, string Name);

/// <summary>
/// Who organizes a cohort's events. <see cref="SentBy"/> is the site's own address when it mails on
/// the organizer's behalf; <see cref="TakesReplies"/> is false for that no-reply address alone.
/// </summary>
public sealed record CalendarOrganizer(CalendarPerson Person, string? SentBy, bool TakesReplies);

/// <summary>
/// Finds the organizer of a cohort's invitations, who receives the participants' answers: the reply
/// address an administrator set (<see cref="TrainingSettings.ReplyAddress"/>), else the cohort's lead
/// trainer (the one who joined it first, its opener), else the site's From address as a last resort.
/// </summary>
public sealed class CalendarOrganizers(LearningDbContext db, SiteSettings settings, IOptions<SmtpOptions> smtp)
{
    public async Task<CalendarOrganizer> ForCohortAsync(string cohortId, CancellationToken ct)
    {
        var site = smtp.Value;
        if (settings.Get(TrainingSettings.ReplyAddress) is { Length: > 0 } reply)
        {
            var name = settings.Get(SiteSettings.SiteName) is { Length: > 0 } siteName ? siteName : site.FromName;
            return OnBehalf(new CalendarPerson(reply, name));
        }
        var lead = await (from t in db.Set<CohortTrainer>()
                          join u in db.Users on t.UserId equals u.Id
                          where t.CohortId == cohortId && u.Email != null && u.Email != ""
                          orderby t.AddedUtc, t.UserId
                          select new CalendarPerson(u.Email!, u.DisplayName)).FirstOrDefaultAsync(ct);
        return lead is null ? new CalendarOrganizer(new CalendarPerson(site.From, site.FromName), null, TakesReplies: false) : OnBehalf(lead);
    }

    private CalendarOrganizer OnBehalf(CalendarPerson person) =>
        new(person, person.Email.Equals(smtp.Value.From, StringComparison.OrdinalIgnoreCase) ? null : smtp.Value.From, TakesReplies: true);
}
