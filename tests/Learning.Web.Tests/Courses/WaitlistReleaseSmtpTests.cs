using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Email;
using Learning.Web.Tests.Infrastructure;
using MimeKit;

namespace Learning.Web.Tests.Courses;

/// <summary>An editor schedules the Thai edition; at its time each learner on the waitlist gets one Thai e-mail at the real SMTP server.</summary>
public abstract class WaitlistReleaseSmtpTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task Waitlisted_learners_receive_one_thai_email_when_the_edition_opens()
    {
        Smtp.Use(site);
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
        var learners = new[] { $"somchai-{Guid.NewGuid():N}@example.org", $"malee-{Guid.NewGuid():N}@example.org" };
        foreach (var email in learners)
        {
            var client = site.Browser();
            await AccountFlows.RegisterConfirmedAsync(site, client, email);
            await client.SubmitAsync($"/th/courses/{CourseRecipe.Slug}", new Dictionary<string, string> { ["editionId"] = CourseRecipe.EditionId("th") }, "form[action*='handler=Enrol']");
        }

        var editor = site.Browser();
        await editor.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var bangkokNow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"));
        var scheduled = await editor.SubmitAsync("/admin/courses", new Dictionary<string, string>
        {
            ["releaseAt"] = bangkokNow.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm"), ["timeZone"] = "Asia/Bangkok",
        }, $"tr#{CourseRecipe.EditionId("th")} form[action*='handler=Schedule']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, scheduled.StatusCode);

        foreach (var email in learners)
        {
            var received = await WaitForAsync(email);
            var message = Assert.Single(received);
            Assert.Equal("หลักสูตรทดสอบ เปิดแล้ว", message.Subject);
            Assert.Contains("/th/courses/test-course", message.TextBody);
        }
    }

    private static async Task<List<MimeMessage>> WaitForAsync(string email)
    {
        for (var i = 0; i < 480; i++)
        {
            var found = Directory.GetFiles(TestEnvironment.SmtpMaildir, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").Contains("เปิดแล้ว")).ToList();
            if (found.Count > 0)
            {
                await Task.Delay(1500);
                return Directory.GetFiles(TestEnvironment.SmtpMaildir, "*.eml").Select(f => MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").Contains("เปิดแล้ว")).ToList();
            }
            await Task.Delay(250);
        }
        return [];
    }
}

[Trait("Category", "Smtp")]
public sealed class SqliteWaitlistReleaseSmtpTests(SqliteSite site) : WaitlistReleaseSmtpTests<SqliteSite>(site);

[Trait("Category", "Smtp")]
[Trait("Category", "Postgres")]
public sealed class PostgresWaitlistReleaseSmtpTests(PostgresSite site) : WaitlistReleaseSmtpTests<PostgresSite>(site);
