using System.Net;
using Learning.Core.Email;
using Learning.Training.Curriculum;
using Learning.Training.Jobs;
using Learning.Training.Sessions;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Training.Calendar;

/// <summary>
/// The calendar files of a cohort as its people get them from the real SMTP server, read back by
/// python3-icalendar: one iTIP object per session, the participant as ATTENDEE, the lead trainer as
/// ORGANIZER, user text that comes back exactly as typed, updates and cancellations by the rules.
/// </summary>
public abstract class CalendarInvitationTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private const string CohortTitle = "Masterclass: ورشة الرصد, East Africa; coast";
    private const string LeadName = "أمينة Ochieng, Mombasa; KE";

    /// <summary>A name typed with a line break: it must stay one parameter, not become a line of its own.</summary>
    private const string ParticipantName = "Marie Curie\nATTENDEE:mailto:intruder@example.org";
    private const string ParticipantCn = "Marie Curie ATTENDEE:mailto:intruder@example.org";
    private const string Venue = "Pwani University, Hall 2; Kilifi\nGate B";
    private const string Link = "https://meet.example.org/masterclass?room=2;x,y";
    private static readonly string[] Titles = ["Shoreline survey, part 1; methods", "مسح الشاطئ، الجزء الثاني; العينات 🌊"];
    private static readonly string Waves = string.Concat(Enumerable.Repeat("🌊", 40));
    // python3-icalendar 4.0.3 reads an escaped backslash before "n", "," or ";" as that escape, so the
    // backslashes here stand before other letters. The runs of emoji start at every alignment, so a
    // fold lands inside one wherever the lines break.
    private static readonly string Materials =
        $"Bring: gloves, quadrat; 50 m tape\nFiles: C:\\survey\\data\nالمواد: قفازات، أكياس، شريط قياس\n{Waves} tide table {Waves}\n1 {Waves}\n12 {Waves}\n123 {Waves}";

    [Fact]
    public async Task Acceptance_move_cancellation_and_reminder_each_carry_valid_itip_objects_per_session()
    {
        Smtp.Use(site);
        var (lead, leadEmail) = await LeadTrainerAsync();
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, lead, CohortTitle, "KE", masterclass: false);
        await CoTrainerAsync(cohortId);
        var first = await AddSessionAsync(lead, cohortId, Fields(DateTime.UtcNow.AddHours(30), Titles[0], venue: Venue));
        var second = await AddSessionAsync(lead, cohortId, Fields(DateTime.UtcNow.AddDays(3), Titles[1], link: Link));
        var email = await ParticipantAsync(lead, cohortId, slug);

        var moved = await lead.SubmitAsync($"/en/training/teach/{cohortId}", Fields(DateTime.UtcNow.AddHours(10), Titles[0], venue: Venue),
            $"section#session-{first} form.move-session");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var cancelled = await lead.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(), $"section#session-{second} form.cancel-session");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await site.WithScopeAsync(async sp => { await sp.GetRequiredService<TrainingSweep>().RemindAsync(CancellationToken.None); return 0; });

        var messages = await CalendarMailAsync(email);
        var report = await IcsCheck.RunAsync(IcsCheck.PartsOf(messages), $"mailto:{leadEmail}");
        var sessions = await site.WithDbAsync(db => db.Set<LiveSession>().Where(s => s.CohortId == cohortId).OrderBy(s => s.Id).ToListAsync());
        var (one, two) = (CalendarFile.Uid(sessions[0]), CalendarFile.Uid(sessions[1]));
        var problems = report.Violations.ToList();
        Expect(problems, messages.Count == 4, $"4 e-mails with a calendar (acceptance, move, cancellation, reminder), not {messages.Count}");
        ExpectMessage(problems, report, 0, [("REQUEST", one, 0), ("REQUEST", two, 0)]);
        ExpectMessage(problems, report, 1, [("REQUEST", one, 1)]);
        ExpectMessage(problems, report, 2, [("CANCEL", two, 1)]);
        ExpectMessage(problems, report, 3, [("REQUEST", one, 1)]);
        foreach (var (method, e) in report.Objects.SelectMany(o => o.Events.Select(e => (o.Method, e))))
        {
            ExpectPeople(problems, method, e, email);
            ExpectText(problems, e, e.Uid == one ? Titles[0] : Titles[1], e.Uid == one ? Venue : Link);
        }
        var movedStart = report.Objects.Where(o => o.Message == 1).SelectMany(o => o.Events).Select(e => e.Dtstart).FirstOrDefault();
        Expect(problems, movedStart is not null && DateTimeOffset.Parse(movedStart).UtcDateTime == sessions[0].StartsUtc, $"the update starts at the new time, not {movedStart}");
        Expect(problems, report.Objects.Where(o => o.Method == "CANCEL").SelectMany(o => o.Events).All(e => e.Status == "CANCELLED"), "the cancellation is STATUS:CANCELLED");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_calendar_download_is_a_valid_publication_of_every_session_without_attendees()
    {
        Smtp.Use(site);
        var (lead, leadEmail) = await LeadTrainerAsync();
        var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, lead, CohortTitle, "KE", masterclass: false);
        await AddSessionAsync(lead, cohortId, Fields(DateTime.UtcNow.AddDays(5), Titles[0], venue: Venue));
        var second = await AddSessionAsync(lead, cohortId, Fields(DateTime.UtcNow.AddDays(6), Titles[1], link: Link));
        var (person, _) = await PersonAsync("reader", ParticipantName);
        await TrainingFlows.ApplyAsync(person, slug);
        await TrainingFlows.AcceptNewestAsync(site, lead, cohortId);
        var cancelled = await lead.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(), $"section#session-{second} form.cancel-session");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var download = await person.GetAsync($"/en/training/{slug}/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var part = new IcsPart(await download.Content.ReadAsByteArrayAsync(), download.Content.Headers.ContentType!.ToString(), 0);
        var report = await IcsCheck.RunAsync([part], $"mailto:{leadEmail}");
        var sessions = await site.WithDbAsync(db => db.Set<LiveSession>().Where(s => s.CohortId == cohortId).OrderBy(s => s.Id).ToListAsync());
        var problems = report.Violations.ToList();
        var published = report.Objects.SingleOrDefault();
        Expect(problems, published?.Method == "PUBLISH", $"one PUBLISH object, not {published?.Method}");
        var events = published?.Events ?? [];
        Expect(problems, events.Select(e => e.Uid).SequenceEqual(sessions.Select(CalendarFile.Uid)), "every session, by its UID");
        Expect(problems, events.Select(e => e.Status).SequenceEqual(["CONFIRMED", "CANCELLED"]), $"the cancelled session marked so: {string.Join(", ", events.Select(e => e.Status))}");
        foreach (var e in events)
        {
            ExpectText(problems, e, e.Uid == CalendarFile.Uid(sessions[0]) ? Titles[0] : Titles[1], e.Uid == CalendarFile.Uid(sessions[0]) ? Venue : Link);
            Expect(problems, e.OrganizerCn == LeadName, $"ORGANIZER CN {e.OrganizerCn}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_reply_address_set_by_an_administrator_organizes_the_invitations()
    {
        Smtp.Use(site);
        var admin = await TrainingFlows.AdminAsync(site);
        await SetReplyAddressAsync(admin, "training-replies@example.org");
        try
        {
            var (lead, _) = await LeadTrainerAsync();
            var (cohortId, slug) = await TrainingFlows.OpenCohortAsync(site, lead, CohortTitle, "KE", masterclass: false);
            await AddSessionAsync(lead, cohortId, Fields(DateTime.UtcNow.AddDays(4), Titles[0], venue: Venue));
            var email = await ParticipantAsync(lead, cohortId, slug);

            var report = await IcsCheck.RunAsync(IcsCheck.PartsOf(await CalendarMailAsync(email)), "mailto:training-replies@example.org");
            var problems = report.Violations.ToList();
            var organizers = report.Objects.SelectMany(o => o.Events).Select(e => e.OrganizerCn).ToList();
            Expect(problems, organizers.Count == 1 && organizers[0] == "Marine Litter Learning", $"the site's name as CN, not {string.Join(", ", organizers)}");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            await SetReplyAddressAsync(admin, "");
        }
    }

    /// <summary>
    /// A trainer who opens the cohort themself, and so leads it. Accreditation is written straight to
    /// the database: earning it through the curriculum is another test's journey.
    /// </summary>
    private async Task<(HttpClient Client, string Email)> LeadTrainerAsync()
    {
        var (client, email) = await PersonAsync("lead", LeadName);
        await site.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync();
            db.Add(new Accreditation { UserId = userId, CohortId = "", AccreditedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return (client, email);
    }

    private async Task<(HttpClient Client, string Email)> PersonAsync(string prefix, string name)
    {
        var client = site.Browser();
        var email = $"{prefix}-{Guid.NewGuid():N}@example.org";
        await AccountFlows.RegisterConfirmedAsync(site, client, email, name);
        return (client, email);
    }

    /// <summary>A second trainer, added later by an administrator: the invitations stay the lead's.</summary>
    private async Task CoTrainerAsync(string cohortId)
    {
        var (_, email) = await PersonAsync("co-trainer", "Second trainer");
        var admin = await TrainingFlows.AdminAsync(site);
        var added = await admin.SubmitAsync("/admin/training", new Dictionary<string, string> { ["email"] = email }, $"tr[id='{cohortId}'] form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    private async Task<string> ParticipantAsync(HttpClient lead, string cohortId, string slug)
    {
        var (person, email) = await PersonAsync("marie", ParticipantName);
        await TrainingFlows.ApplyAsync(person, slug);
        await TrainingFlows.AcceptNewestAsync(site, lead, cohortId);
        return email;
    }

    private static Dictionary<string, string> Fields(DateTime startsUtc, string title, string? venue = null, string? link = null) => new()
    {
        ["Session.Title"] = title,
        ["Session.StartsLocal"] = startsUtc.ToString("yyyy-MM-dd'T'HH:mm"),
        ["Session.EndsLocal"] = startsUtc.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm"),
        ["Session.TimeZone"] = "UTC",
        ["Session.Venue"] = venue ?? "",
        ["Session.OnlineLink"] = link ?? "",
        ["Session.Materials"] = Materials,
    };

    private async Task<long> AddSessionAsync(HttpClient trainer, string cohortId, Dictionary<string, string> fields)
    {
        var added = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", fields, "form#add-session");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return await site.WithDbAsync(db => db.Set<LiveSession>().Where(s => s.CohortId == cohortId).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
    }

    /// <summary>The e-mails with a calendar sent to the address, in the order the site queued them.</summary>
    private async Task<List<MimeMessage>> CalendarMailAsync(string email)
    {
        var received = await TrainingFlows.DeliveredToAsync(site, email);
        var order = await site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.To == email).OrderBy(m => m.CreatedUtc).Select(m => m.Id).ToListAsync());
        return order.Select(id => received.FirstOrDefault(m => m.MessageId == $"{id:N}@learning"))
            .OfType<MimeMessage>().Where(m => IcsCheck.PartsOf([m]).Count > 0).ToList();
    }

    /// <summary>The administrator saves the settings page with the reply address changed and every other value as it was.</summary>
    private static async Task SetReplyAddressAsync(HttpClient admin, string address)
    {
        var page = await admin.GetDocumentAsync("/admin/settings");
        var fields = new Dictionary<string, string>();
        foreach (var key in page.QuerySelectorAll("input[name$='].Key']"))
        {
            var name = key.GetAttribute("name")!.Replace(".Key", ".Value");
            var field = page.QuerySelector($"[name='{name}']")!;
            var value = field.LocalName == "select" ? field.QuerySelector("option[selected]")?.GetAttribute("value") : field.GetAttribute("value");
            fields[name] = key.GetAttribute("value") == "Training.ReplyAddress" ? address : value ?? "";
        }
        var saved = await admin.SubmitAsync(page, "/admin/settings", fields, "main form[method=post]");
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
    }

    private static void ExpectMessage(List<string> problems, IcsReport report, int message, (string Method, string Uid, int Sequence)[] expected)
    {
        var objects = report.Objects.Where(o => o.Message == message).ToList();
        var found = objects.SelectMany(o => o.Events.Select(e => (o.Method ?? "", e.Uid ?? "", e.Sequence ?? 0))).ToList();
        Expect(problems, objects.Count == expected.Length && objects.All(o => o.Events.Count == 1), $"message {message}: one object per session, {expected.Length} in all, not {objects.Count} holding {found.Count} events");
        Expect(problems, found.Order().SequenceEqual(expected.Order()), $"message {message}: expected {string.Join(", ", expected)}, found {string.Join(", ", found)}");
    }

    private static void ExpectPeople(List<string> problems, string? method, IcsEvent e, string email)
    {
        Expect(problems, e.OrganizerCn == LeadName, $"{e.Uid}: ORGANIZER CN is the lead trainer's name, not '{e.OrganizerCn}'");
        var attendee = e.Attendees.SingleOrDefault();
        Expect(problems, attendee is not null && attendee.Address.Equals($"mailto:{email}", StringComparison.OrdinalIgnoreCase),
            $"{method} {e.Uid}: the one ATTENDEE is the participant, not {string.Join(", ", e.Attendees.Select(a => a.Address))}");
        Expect(problems, attendee?.Cn == ParticipantCn, $"{method} {e.Uid}: ATTENDEE CN '{attendee?.Cn}'");
        Expect(problems, attendee?.Role == "REQ-PARTICIPANT", $"{method} {e.Uid}: ATTENDEE ROLE {attendee?.Role}");
        Expect(problems, method != "REQUEST" || attendee?.Rsvp == "TRUE", $"{method} {e.Uid}: RSVP {attendee?.Rsvp}: replies reach the lead trainer");
    }

    private static void ExpectText(List<string> problems, IcsEvent e, string sessionTitle, string location)
    {
        Expect(problems, e.Summary == $"{CohortTitle}: {sessionTitle}", $"{e.Uid}: SUMMARY came back as '{e.Summary}'");
        Expect(problems, e.Location == location, $"{e.Uid}: LOCATION came back as '{e.Location}'");
        Expect(problems, e.Description == Materials, $"{e.Uid}: DESCRIPTION came back as '{e.Description}'");
    }

    private static void Expect(List<string> problems, bool held, string what)
    {
        if (!held)
        {
            problems.Add(what);
        }
    }
}

[Trait("Category", "Smtp")]
public sealed class SqliteCalendarInvitationTests(SqliteSite site) : CalendarInvitationTests<SqliteSite>(site);

[Trait("Category", "Smtp")]
[Trait("Category", "Postgres")]
public sealed class PostgresCalendarInvitationTests(PostgresSite site) : CalendarInvitationTests<PostgresSite>(site);
