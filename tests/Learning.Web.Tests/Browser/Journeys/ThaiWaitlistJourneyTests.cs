using Learning.Core.Email;
using Learning.Courses.Releases;
using Learning.Web.Tests.Courses;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Browser.Journeys;

/// <summary>A site whose e-mail goes to the real SMTP server, set before the site starts.</summary>
public sealed class SmtpBrowserSite : BrowserSite
{
    public SmtpBrowserSite() => Smtp.Use(this);
}

/// <summary>
/// A new learner, in Thai, with the keyboard alone: asks to be told when the Thai edition opens, and
/// the release e-mail arrives at the real SMTP server and leads back to the course. One fact only:
/// the SMTP server's mail folder is shared by every site of the run.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ThaiWaitlistJourneyTests(SmtpBrowserSite site) : IClassFixture<SmtpBrowserSite>
{
    private const string Journey = "waitlist";
    private const string Culture = "th";

    [Fact]
    public async Task A_thai_learner_joins_the_waitlist_and_receives_the_release_email()
    {
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
        var email = $"somchai-{Guid.NewGuid():N}@example.org";
        var page = await Steps.NewPersonAsync(site, Culture, "สมชาย ใจดี", email);

        await page.GotoAsync($"{site.BaseUrl}/th/courses/{CourseRecipe.Slug}");
        await Steps.KeyPageAsync(page, Journey, Culture, "course");
        await KeyboardOnly.SubmitAsync(page, $"li#{CourseRecipe.EditionId("th")} form button");
        await Steps.KeyPageAsync(page, Journey, Culture, "waitlisted");

        await ReleaseNowAsync();
        var message = await ReleaseMessageAsync(email);
        Assert.Equal("หลักสูตรทดสอบ เปิดแล้ว", message.Subject);
        var link = (message.TextBody ?? "").Split(default(char[]), StringSplitOptions.RemoveEmptyEntries).First(w => w.Contains($"/th/courses/{CourseRecipe.Slug}")).Trim('<', '>');
        await page.GotoAsync(site.BaseUrl + new Uri(link).PathAndQuery);
        await Steps.ShotAsync(page, Journey, Culture, "released");
        Assert.NotNull(await page.QuerySelectorAsync($"li#{CourseRecipe.EditionId("th")} a.button"));
    }

    // The editor's part is its own journey; here the release is due now and its job runs at once.
    private Task ReleaseNowAsync() => site.WithScopeAsync(async sp =>
    {
        var bangkok = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddMinutes(-1), TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"));
        var edition = await sp.GetRequiredService<EditionScheduler>().ScheduleAsync(CourseRecipe.EditionId("th"), bangkok, "Asia/Bangkok");
        await sp.GetRequiredService<EditionRelease>().RunAsync(edition!.Id, edition.ScheduleVersion, CancellationToken.None);
        return await sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
    });

    private static async Task<MimeMessage> ReleaseMessageAsync(string email)
    {
        for (var i = 0; i < 240; i++)
        {
            var found = Directory.GetFiles(TestEnvironment.SmtpMaildir, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").Contains("เปิดแล้ว")).ToList();
            if (found.Count > 0)
            {
                return Assert.Single(found);
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"no release e-mail reached {email}");
    }
}
