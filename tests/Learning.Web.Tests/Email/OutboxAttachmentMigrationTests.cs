using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Web.Data;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Learning.Web.Tests.Email;

/// <summary>
/// A site upgraded while a message with an attachment waits in the outbox, as the schema stored it
/// before messages could carry several: after the migration it goes out with its file.
/// </summary>
public abstract class OutboxAttachmentMigrationTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private const string Calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:ورشة, one; two\r\nEND:VCALENDAR\r\n";

    [Fact]
    public async Task A_message_queued_before_the_upgrade_goes_out_with_its_attachment()
    {
        using var upgraded = site.Empty();
        var id = Guid.NewGuid();
        await using (var db = ContextOf(upgraded))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_OutboxAttachments", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            await QueueTheOldWayAsync(db, upgraded.DatabaseKind, id);
        }

        Smtp.Use(upgraded);
        await upgraded.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync());

        var received = Assert.Single(await Smtp.WaitForAsync(id));
        var part = Assert.Single(received.Attachments.OfType<MimePart>());
        Assert.Equal(("invitation.ics", "REQUEST"), (part.FileName, part.ContentType.Parameters["method"]));
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        Assert.Equal(Calendar, System.Text.Encoding.UTF8.GetString(content.ToArray()));
    }

    private static LearningDbContext ContextOf(SiteFactory factory) => factory.DatabaseKind == "PostgreSQL"
        ? new PostgresLearningDbContext(new DbContextOptionsBuilder<PostgresLearningDbContext>().UseNpgsql(factory.ConnectionString).Options, Learning.Web.Composition.Modules.Create())
        : new SqliteLearningDbContext(new DbContextOptionsBuilder<SqliteLearningDbContext>().UseSqlite(factory.ConnectionString).Options, Learning.Web.Composition.Modules.Create());

    /// <summary>The row as the old columns held it. SQLite keeps a Guid as upper-case text, PostgreSQL as a uuid.</summary>
    private static Task QueueTheOldWayAsync(LearningDbContext db, string kind, Guid id)
    {
        object key = kind == "PostgreSQL" ? id : id.ToString().ToUpperInvariant();
        var due = DateTime.SpecifyKind(DateTime.UtcNow.AddMinutes(-1), DateTimeKind.Utc);
        return db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "OutboxMessages" ("Id", "DedupKey", "To", "Culture", "Subject", "HtmlBody", "TextBody", "CreatedUtc", "NextAttemptUtc",
                "Attempts", "GaveUp", "AttachmentName", "AttachmentType", "AttachmentText")
            VALUES ({0}, {1}, 'upgraded@example.org', 'en', 'Invitation', '<p>Invitation</p>', 'Invitation', {2}, {2}, 0, FALSE,
                'invitation.ics', 'text/calendar; charset=utf-8; method=REQUEST', {3})
            """, key, "test:" + id, due, Calendar);
    }
}

[Trait("Category", "Smtp")]
public sealed class SqliteOutboxAttachmentMigrationTests(SqliteSite site) : OutboxAttachmentMigrationTests<SqliteSite>(site);

[Trait("Category", "Smtp")]
[Trait("Category", "Postgres")]
public sealed class PostgresOutboxAttachmentMigrationTests(PostgresSite site) : OutboxAttachmentMigrationTests<PostgresSite>(site);
