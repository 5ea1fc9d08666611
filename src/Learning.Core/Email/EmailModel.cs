using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Email;

internal static class EmailModel
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
            e.Property(m => m.AttachmentName).HasMaxLength(200);
            e.Property(m => m.AttachmentType).HasMaxLength(200);
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
