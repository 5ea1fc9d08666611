using Learning.Certificates.Reissuing;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Issuing;

internal static class CertificateModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Certificate>(e =>
        {
            e.ToTable("Certificates");
            e.Property(c => c.Code).HasMaxLength(20);
            e.HasIndex(c => c.Code).IsUnique();
            e.Property(c => c.SubjectKey).HasMaxLength(200);
            e.HasIndex(c => c.SubjectKey).IsUnique();
            e.Property(c => c.Programme).HasMaxLength(50);
            e.Property(c => c.Template).HasMaxLength(100);
            e.Property(c => c.UserId).HasMaxLength(450);
            e.HasIndex(c => c.UserId);
            e.Property(c => c.HolderName).HasMaxLength(200);
            e.Property(c => c.Culture).HasMaxLength(20);
            e.Property(c => c.CourseTitle).HasMaxLength(300);
            e.Property(c => c.TrackTitle).HasMaxLength(300);
            e.Property(c => c.RevokedReason).HasMaxLength(1000);
            e.Property(c => c.RevokedBy).HasMaxLength(256);
            e.Ignore(c => c.IsRevoked);
            e.Ignore(c => c.IssuedOn);
        });
        builder.Entity<CertificateTemplate>(e =>
        {
            e.ToTable("CertificateTemplates");
            e.HasKey(t => new { t.Name, t.Culture });
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Culture).HasMaxLength(20);
            e.Property(t => t.Body).HasMaxLength(10_000);
        });
        ConfigureReissues(builder);
    }

    private static void ConfigureReissues(ModelBuilder builder) =>
        builder.Entity<CertificateReissue>(e =>
        {
            e.ToTable("CertificateReissues");
            e.Property(r => r.Scope).HasMaxLength(200);
            e.Property(r => r.ScopeTitle).HasMaxLength(300);
            e.Property(r => r.ActiveScope).HasMaxLength(200);
            // Null once finished, and nulls do not collide: one active reissue per scope, any number of finished ones.
            e.HasIndex(r => r.ActiveScope).IsUnique();
            e.Property(r => r.RequestedBy).HasMaxLength(256);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Cursor).HasMaxLength(200);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.Property(r => r.LastError).HasMaxLength(2000);
            e.Ignore(r => r.IsActive);
            e.Ignore(r => r.Percent);
        });
}
