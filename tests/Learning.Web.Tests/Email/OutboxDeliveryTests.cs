using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Web.Tests.Faults;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Email;

/// <summary>The outbox against a real SMTP server: each message arrives exactly once, whatever happens.</summary>
public abstract class OutboxDeliveryTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    [RunsTwice(typeof(OutboxDispatcher))]
    public async Task Two_dispatch_jobs_at_once_deliver_a_message_once()
    {
        Smtp.Use(site);
        var id = await QueueAsync(site, "twice@example.org");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DispatchAsync(site)));
        await DispatchAsync(site);

        var received = await Smtp.WaitForAsync(id);
        Assert.Single(received);
        Assert.Equal("Confirmez votre adresse e-mail", received[0].Subject);
        Assert.NotNull(await site.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == id).Select(m => m.SentUtc).SingleAsync()));
    }

    [Fact]
    public async Task Mail_queued_during_an_smtp_outage_is_retried_and_delivered_once_after_a_restart()
    {
        // A database of its own: on PostgreSQL every host on the same database shares the job queue.
        Guid id;
        var down = site.Empty();
        using (down)
        {
            down.Settings["Learning:Smtp:Host"] = "127.0.0.1";
            down.Settings["Learning:Smtp:Port"] = "1";
            id = await QueueAsync(down, "outage@example.org");
            await DispatchAsync(down);
            var failed = await down.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));
            Assert.Equal(1, failed.Attempts);
            Assert.NotNull(failed.LastError);
            Assert.Null(failed.SentUtc);
            await down.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, DateTime.UtcNow.AddSeconds(-1))));
        }

        using var up = down.Restart();
        Smtp.Use(up);
        up.Browser();

        var received = await Smtp.WaitForAsync(id);
        Assert.Single(received);
        Assert.Equal(2, await up.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == id).Select(m => m.Attempts).SingleAsync()));
    }

    [Fact]
    public async Task A_message_with_two_attachments_arrives_with_both_in_their_order()
    {
        Smtp.Use(site);
        var id = await QueueAsync(site, "two-files@example.org", message =>
        {
            message.Attach("first.ics", "text/calendar; charset=utf-8; method=REQUEST", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
            message.Attach("second.txt", "text/plain; charset=utf-8", "الملف الثاني, second; 🌊");
        });

        await DispatchAsync(site);

        var received = Assert.Single(await Smtp.WaitForAsync(id));
        var files = received.Attachments.OfType<MimePart>().Select(p => (p.FileName, p.ContentType.MimeType, Text(p))).ToList();
        Assert.Equal([("first.ics", "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"), ("second.txt", "text/plain", "الملف الثاني, second; 🌊")], files);
        Assert.Equal("REQUEST", received.Attachments.OfType<MimePart>().First().ContentType.Parameters["method"]);
    }

    private static string Text(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }

    private static Task<int> DispatchAsync(SiteFactory factory) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync());

    private static Task<Guid> QueueAsync(SiteFactory factory, string to, Action<OutboxMessage>? attach = null) =>
        factory.WithScopeAsync(async sp =>
        {
            var message = await sp.GetRequiredService<Outbox>().QueueAsync("account-confirm", "fr", to, "test:" + Guid.NewGuid(),
                new Dictionary<string, object?> { ["name"] = "Test", ["link"] = "https://example.org/x" });
            attach?.Invoke(message!);
            await sp.GetRequiredService<LearningDbContext>().SaveChangesAsync();
            return message!.Id;
        });
}

/// <summary>The SMTP sink that tests/run starts: every message it received, as files.</summary>
public static class Smtp
{
    public static void Use(SiteFactory site)
    {
        site.Settings["Learning:Smtp:Host"] = TestEnvironment.SmtpHost;
        site.Settings["Learning:Smtp:Port"] = TestEnvironment.SmtpPort.ToString();
    }

    public static async Task<List<MimeMessage>> WaitForAsync(Guid outboxId, int seconds = 60)
    {
        var messageId = $"{outboxId:N}@learning";
        for (var waited = 0; waited < seconds * 4; waited++)
        {
            var found = Received().Where(m => m.MessageId == messageId).ToList();
            if (found.Count > 0)
            {
                // A duplicate would come right behind the first copy; give it the chance to show.
                await Task.Delay(1500);
                return Received().Where(m => m.MessageId == messageId).ToList();
            }
            await Task.Delay(250);
        }
        return [];
    }

    private static IEnumerable<MimeMessage> Received() =>
        Directory.GetFiles(TestEnvironment.SmtpMaildir, "*.eml").Select(f => MimeMessage.Load(f));
}

[Trait("Category", "Smtp")]
public sealed class SqliteOutboxDeliveryTests(SqliteSite site) : OutboxDeliveryTests<SqliteSite>(site);

[Trait("Category", "Smtp")]
[Trait("Category", "Postgres")]
public sealed class PostgresOutboxDeliveryTests(PostgresSite site) : OutboxDeliveryTests<PostgresSite>(site);
