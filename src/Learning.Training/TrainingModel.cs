using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Learning.Training.Sessions;
using Learning.Training.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training;

internal static class TrainingModel
{
    public static void Configure(ModelBuilder builder)
    {
        ConfigureCohorts(builder);
        ConfigureSessions(builder);
        ConfigureCurriculum(builder);
        ConfigureSurveys(builder);
    }

    private static void ConfigureCohorts(ModelBuilder builder)
    {
        builder.Entity<Cohort>(e =>
        {
            e.ToTable("TrainingCohorts");
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Slug).HasMaxLength(100);
            e.HasIndex(x => x.Slug).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.Region).HasMaxLength(100);
            e.Property(x => x.PrerequisiteCourse).HasMaxLength(100);
            e.Property(x => x.Titles).AsJson();
            e.Property(x => x.Summaries).AsJson();
            e.Property(x => x.Cultures).AsJson();
        });
        builder.Entity<CohortTrainer>(e =>
        {
            e.ToTable("TrainingCohortTrainers");
            e.HasKey(x => new { x.CohortId, x.UserId });
            e.HasIndex(x => x.UserId);
        });
        builder.Entity<Application>(e =>
        {
            e.ToTable("TrainingApplications");
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Culture).HasMaxLength(20);
            e.Property(x => x.Motivation).HasMaxLength(4000);
            e.HasIndex(x => new { x.CohortId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId);
        });
    }

    private static void ConfigureSessions(ModelBuilder builder)
    {
        builder.Entity<LiveSession>(e =>
        {
            e.ToTable("TrainingSessions");
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.Property(x => x.OnlineLink).HasMaxLength(500);
            e.Property(x => x.Venue).HasMaxLength(300);
            e.Property(x => x.Materials).HasMaxLength(4000);
            e.Property(x => x.StartsLocal).HasConversion(Columns.WallClock);
            e.Property(x => x.EndsLocal).HasConversion(Columns.WallClock);
            e.HasIndex(x => x.CohortId);
            e.HasIndex(x => x.StartsUtc);
        });
        builder.Entity<Attendance>(e =>
        {
            e.ToTable("TrainingAttendance");
            e.HasKey(x => new { x.SessionId, x.UserId });
            e.Property(x => x.Mark).HasConversion<string>().HasMaxLength(20);
        });
    }

    private static void ConfigureCurriculum(ModelBuilder builder)
    {
        builder.Entity<CurriculumUnit>(e =>
        {
            e.ToTable("TrainingModules");
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Titles).AsJson();
            e.Property(x => x.Lessons).AsJson();
            e.Property(x => x.Tasks).AsJson();
        });
        builder.Entity<ModuleCompletion>(e =>
        {
            e.ToTable("TrainingModulesDone");
            e.HasKey(x => new { x.CohortId, x.UserId, x.ModuleId });
        });
        builder.Entity<Accreditation>(e =>
        {
            e.ToTable("TrainingAccreditations");
            e.HasKey(x => x.UserId);
            e.Property(x => x.CohortId).HasMaxLength(100);
        });
    }

    private static void ConfigureSurveys(ModelBuilder builder)
    {
        builder.Entity<SurveyAssignment>(e =>
        {
            e.ToTable("TrainingSurveys");
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Feedback).HasMaxLength(4000);
            e.HasIndex(x => new { x.CohortId, x.UserId });
            e.HasMany(x => x.Rows).WithOne().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SurveyRow>(e =>
        {
            e.ToTable("TrainingSurveyRows");
            e.Property(x => x.Site).HasMaxLength(200);
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.CategoryCode).HasMaxLength(20);
            e.Property(x => x.CategoryName).HasMaxLength(200);
            e.Property(x => x.TransectMetres).HasPrecision(10, 2);
        });
        builder.Entity<LitterCategory>(e =>
        {
            e.ToTable("TrainingLitterCategories");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Names).AsJson();
        });
    }
}
