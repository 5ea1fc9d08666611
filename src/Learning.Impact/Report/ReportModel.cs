using Microsoft.EntityFrameworkCore;

namespace Learning.Impact.Report;

internal static class ReportModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ProgressReport>(e =>
        {
            e.ToTable("ImpactProgressReports");
            e.Property(r => r.RequestedBy).HasMaxLength(256);
            e.Property(r => r.Culture).HasMaxLength(20);
            e.Property(r => r.Country).HasMaxLength(2);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Error).HasMaxLength(2000);
            e.Ignore(r => r.IsActive);
            e.Ignore(r => r.Percent);
            e.Ignore(r => r.FileName);
        });
        builder.Entity<ProgressReportPdf>(e =>
        {
            e.ToTable("ImpactProgressReportPdfs");
            e.HasKey(p => p.ReportId);
            e.Property(p => p.ReportId).ValueGeneratedNever();
            e.HasOne<ProgressReport>().WithOne().HasForeignKey<ProgressReportPdf>(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
