namespace Learning.Web.Data.Migrations;

/// <summary>
/// Moves the one attachment a queued message had into the attachments table, and back when the
/// migration is undone, so an upgrade loses no mail waiting in the outbox. The same SQL serves
/// SQLite and PostgreSQL: quoted names and nothing either lacks.
/// </summary>
internal static class OutboxAttachmentsCopy
{
    public const string Up = """
        INSERT INTO "OutboxAttachments" ("MessageId", "Position", "Name", "ContentType", "Text")
        SELECT "Id", 0, "AttachmentName", COALESCE("AttachmentType", 'application/octet-stream'), COALESCE("AttachmentText", '')
        FROM "OutboxMessages" WHERE "AttachmentName" IS NOT NULL;
        """;

    /// <summary>The old columns hold one file: a message keeps its first attachment and loses any others.</summary>
    public const string Down = """
        UPDATE "OutboxMessages" SET
            "AttachmentName" = (SELECT a."Name" FROM "OutboxAttachments" a WHERE a."MessageId" = "OutboxMessages"."Id" AND a."Position" = 0),
            "AttachmentType" = (SELECT a."ContentType" FROM "OutboxAttachments" a WHERE a."MessageId" = "OutboxMessages"."Id" AND a."Position" = 0),
            "AttachmentText" = (SELECT a."Text" FROM "OutboxAttachments" a WHERE a."MessageId" = "OutboxMessages"."Id" AND a."Position" = 0)
        WHERE EXISTS (SELECT 1 FROM "OutboxAttachments" a WHERE a."MessageId" = "OutboxMessages"."Id" AND a."Position" = 0);
        """;
}
