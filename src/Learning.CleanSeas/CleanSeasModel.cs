using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Progress;
using Learning.CleanSeas.Registry;
using Learning.CleanSeas.Surveys;
using Microsoft.EntityFrameworkCore;
using Learning.Core.Data;

namespace Learning.CleanSeas;

internal static class CleanSeasModel
{
    public static void Configure(ModelBuilder builder)
    {
        ConfigurePledges(builder);
        ConfigureRegistry(builder);
        ConfigureSurveys(builder);
        builder.Entity<Individuals.IndividualPledge>(e =>
        {
            e.ToTable("CleanSeasIndividualPledges");
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.ConfirmToken).HasMaxLength(64);
            e.HasIndex(x => x.ConfirmToken).IsUnique();
            e.HasIndex(x => new { x.Email, x.CreatedUtc });
            e.Property(x => x.Promises).AsJson();
        });
    }

    private static void ConfigurePledges(ModelBuilder builder)
    {
        builder.Entity<Pledge>(e =>
        {
            e.ToTable("CleanSeasPledges");
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Verification).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.Property(x => x.GovernmentCountry).HasMaxLength(2);
            e.HasIndex(x => x.GovernmentCountry).IsUnique();
            e.HasIndex(x => x.UserId);
            e.Property(x => x.Culture).HasMaxLength(20);
            e.Property(x => x.OrganisationName).HasMaxLength(300);
            e.HasMany(x => x.Commitments).WithOne().HasForeignKey(c => c.PledgeId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Commitment>(e =>
        {
            e.ToTable("CleanSeasCommitments");
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Unit).HasMaxLength(100);
            e.Property(x => x.SdgCodes).HasMaxLength(100);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Light).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(x => new { x.Status, x.Inactive });
        });
        builder.Entity<CommitmentStep>(e =>
        {
            e.ToTable("CleanSeasCommitmentSteps");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Action).HasMaxLength(40);
            e.HasIndex(x => x.CommitmentId);
        });
        builder.Entity<CommitmentReport>(e =>
        {
            e.ToTable("CleanSeasCommitmentReports");
            e.Property(x => x.Light).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(x => new { x.CommitmentId, x.Year }).IsUnique();
        });
    }

    private static void ConfigureRegistry(ModelBuilder builder)
    {
        builder.Entity<Region>(e =>
        {
            e.ToTable("CleanSeasRegions");
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Names).AsJson();
            e.Property(x => x.Countries).AsJson();
        });
        builder.Entity<OfficialDomain>(e =>
        {
            e.ToTable("CleanSeasOfficialDomains");
            e.HasKey(x => x.Domain);
            e.Property(x => x.Domain).HasMaxLength(200);
        });
    }

    private static void ConfigureSurveys(ModelBuilder builder)
    {
        builder.Entity<Survey>(e =>
        {
            e.ToTable("CleanSeasSurveys");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Titles).AsJson();
            e.HasMany(x => x.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SurveyQuestion>(e =>
        {
            e.ToTable("CleanSeasSurveyQuestions");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Texts).AsJson();
            e.Property(x => x.Options).AsJson();
        });
        builder.Entity<SurveyResponse>(e =>
        {
            e.ToTable("CleanSeasSurveyResponses");
            e.Property(x => x.PledgeId).HasMaxLength(100);
            e.HasIndex(x => new { x.SurveyId, x.PledgeId }).IsUnique();
            e.Property(x => x.Answers).AsJson();
        });
    }
}
