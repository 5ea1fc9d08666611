using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Email;

public static class EmailModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.Property(m => m.DedupKey).HasMaxLength(300);
            e.HasIndex(m => m.DedupKey).IsUnique();
            e.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
            e.Property(m => m.To).HasMaxLength(320);
            e.Property(m => m.Culture).HasMaxLength(20);
            e.Property(m => m.Subject).HasMaxLength(500);
            e.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<OutboxAttachment>(e =>
        {
            e.ToTable("OutboxAttachments");
            e.HasKey(a => new { a.MessageId, a.Position });
            e.Property(a => a.Position).ValueGeneratedNever();
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.ContentType).HasMaxLength(200);
        });
        builder.Entity<EmailTemplate>(e =>
        {
            e.ToTable("EmailTemplates");
            e.HasKey(t => new { t.Name, t.Culture });
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Culture).HasMaxLength(20);
            e.Property(t => t.Subject).HasMaxLength(500);
        });
    }
}
