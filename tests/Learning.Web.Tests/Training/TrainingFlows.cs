using System.Net;
using Learning.Training.Cohorts;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Training;

/// <summary>The steps of the training journeys as people do them in the browser: forms on the training pages.</summary>
public static class TrainingFlows
{
    public static async Task<HttpClient> PersonAsync(SiteFactory site, string name)
    {
        var client = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, client, $"{name}-{Guid.NewGuid():N}@example.org");
        return client;
    }

    public static async Task<HttpClient> AdminAsync(SiteFactory site)
    {
        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        return admin;
    }

    /// <summary>Opens a cohort from the trainer dashboard and returns its id and slug.</summary>
    public static async Task<(string Id, string Slug)> OpenCohortAsync(SiteFactory site, HttpClient client, string title, string country, bool masterclass)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Culture"] = "en", ["Input.Country"] = country, ["Input.Seats"] = "20",
            ["Input.ApplyUntil"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        };
        if (masterclass)
        {
            fields["Input.Masterclass"] = "true";
        }
        var opened = await client.SubmitAsync("/en/training/teach", fields, "form#open-cohort");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var id = opened.Headers.Location!.OriginalString.Split('/').Last();
        var slug = await site.WithDbAsync(db => db.Set<Cohort>().Where(c => c.Id == id).Select(c => c.Slug).FirstAsync());
        return (id, slug);
    }

    public static async Task ApplyAsync(HttpClient client, string slug, string culture = "en", string motivation = "I monitor beaches for our national agency and want to train colleagues.")
    {
        var applied = await client.SubmitAsync($"/{culture}/training/{slug}", new Dictionary<string, string> { ["Motivation"] = motivation }, "form[action*='handler=Apply']");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
    }

    /// <summary>The trainer accepts the newest application of the cohort; returns the applicant's user id.</summary>
    public static async Task<string> AcceptNewestAsync(SiteFactory site, HttpClient trainer, string cohortId)
    {
        var application = await site.WithDbAsync(db => db.Set<Application>().Where(a => a.CohortId == cohortId).OrderByDescending(a => a.Id).FirstAsync());
        var accepted = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", new Dictionary<string, string>(),
            $"tr#application-{application.Id} form.decide-accepted");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return application.UserId;
    }

    /// <summary>A new person accepted into a new cohort in Kenya, signed in; returns them and the cohort's id.</summary>
    public static async Task<(HttpClient Trainee, string Cohort)> AcceptedTraineeAsync(SiteFactory site, string cohortTitle)
    {
        var admin = await AdminAsync(site);
        var (cohort, slug) = await OpenCohortAsync(site, admin, cohortTitle + " " + Guid.NewGuid().ToString("N")[..6], "KE", masterclass: false);
        var trainee = await PersonAsync(site, "trainee");
        await ApplyAsync(trainee, slug);
        await AcceptNewestAsync(site, admin, cohort);
        return (trainee, cohort);
    }

    /// <summary>A new person applies and is accepted; returns their address.</summary>
    public static async Task<string> ParticipantAsync(SiteFactory site, HttpClient trainer, string cohortId, string slug, string name)
    {
        var person = await PersonAsync(site, name);
        await ApplyAsync(person, slug);
        var userId = await AcceptNewestAsync(site, trainer, cohortId);
        return await site.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).FirstAsync());
    }

    public static Dictionary<string, string> Session(DateTime startsUtc, int hours, string title = "Shoreline survey methods") => new()
    {
        ["Session.Title"] = title,
        ["Session.StartsLocal"] = startsUtc.ToString("yyyy-MM-dd'T'HH:mm"),
        ["Session.EndsLocal"] = startsUtc.AddHours(hours).ToString("yyyy-MM-dd'T'HH:mm"),
        ["Session.TimeZone"] = "UTC",
        ["Session.OnlineLink"] = "https://meet.example.org/masterclass",
    };

    public static async Task<long> AddSessionAsync(SiteFactory site, HttpClient trainer, string cohortId, DateTime startsUtc)
    {
        var added = await trainer.SubmitAsync($"/en/training/teach/{cohortId}", Session(startsUtc, 2), "form#add-session");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return await site.WithDbAsync(db => db.Set<Learning.Training.Sessions.LiveSession>().Where(s => s.CohortId == cohortId).OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
    }

    /// <summary>The trainee uploads a field survey for the cohort from their training page.</summary>
    public static async Task<HttpResponseMessage> UploadSurveyAsync(HttpClient client, string cohortId, byte[] csv, string culture = "en")
    {
        var page = await client.GetDocumentAsync($"/{culture}/training/my");
        var token = page.QuerySelector($"form#survey-{cohortId} input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(cohortId), "cohortId" },
            { file, "file", "survey.csv" },
        };
        return await client.PostAsync($"/{culture}/training/my?handler=Survey", form);
    }

    /// <summary>The calendar attached to an e-mail.</summary>
    public static Ical.Net.Calendar CalendarOf(MimeKit.MimeMessage message)
    {
        var part = message.Attachments.OfType<MimeKit.MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }

    /// <summary>
    /// Delivers the outbox and waits until nothing is pending for the address (the site's own job may
    /// hold some messages), then returns everything sent to it.
    /// </summary>
    public static async Task<List<MimeKit.MimeMessage>> DeliveredToAsync(SiteFactory site, string email)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            await site.WithScopeAsync(sp => sp.GetRequiredService<Learning.Core.Email.OutboxDispatcher>().DispatchDueAsync());
            var pending = await site.WithDbAsync(db => db.Set<Learning.Core.Email.OutboxMessage>().AnyAsync(m => m.To == email && m.SentUtc == null && !m.GaveUp));
            if (!pending)
            {
                break;
            }
            await Task.Delay(250);
        }
        return AccountFlows.MessagesTo(site, email);
    }
}
