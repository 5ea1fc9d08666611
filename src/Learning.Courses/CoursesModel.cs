using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Quizzes;
using Learning.Courses.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Learning.Courses;

internal static class CoursesModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Course>(e =>
        {
            e.ToTable("Courses");
            Key(e.Property(c => c.Id));
            e.Property(c => c.Slug).HasMaxLength(100);
            e.HasIndex(c => c.Slug).IsUnique();
            e.Property(c => c.Titles).AsJson();
        });
        builder.Entity<Track>(e =>
        {
            e.ToTable("CoursesTracks");
            Key(e.Property(t => t.Id));
            Key(e.Property(t => t.CourseId));
            e.Property(t => t.Names).AsJson();
            e.Property(t => t.Cultures).AsJson();
        });
        builder.Entity<Run>(e =>
        {
            e.ToTable("CoursesRuns");
            Key(e.Property(r => r.Id));
            Key(e.Property(r => r.CourseId));
        });
        ConfigureEditions(builder);
        ConfigureQuizzes(builder);
        ConfigureLearners(builder);
    }

    private static void ConfigureEditions(ModelBuilder builder)
    {
        builder.Entity<Edition>(e =>
        {
            e.ToTable("CoursesEditions");
            Key(e.Property(x => x.Id));
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Culture).HasMaxLength(20);
            e.Property(x => x.TimeZone).HasMaxLength(64);
            e.Property(x => x.ReleaseAtLocal).HasConversion(WallClock);
            e.Property(x => x.Title).HasMaxLength(300);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(u => u.EditionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.Status, x.ReleaseAtUtc });
        });
        builder.Entity<Unit>(e =>
        {
            e.ToTable("CoursesUnits");
            Key(e.Property(x => x.Id));
            e.Property(x => x.ReleaseAtLocal).HasConversion(WallClock);
            e.HasMany(x => x.Lessons).WithOne().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Quiz).WithOne().HasForeignKey<Quiz>(q => q.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Lesson>(e =>
        {
            e.ToTable("CoursesLessons");
            Key(e.Property(x => x.Id));
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Resources).AsJson();
        });
    }

    private static void ConfigureQuizzes(ModelBuilder builder)
    {
        builder.Entity<Quiz>(e =>
        {
            e.ToTable("CoursesQuizzes");
            Key(e.Property(x => x.Id));
            e.HasMany(x => x.Questions).WithOne().HasForeignKey(q => q.QuizId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Question>(e =>
        {
            e.ToTable("CoursesQuizQuestions");
            Key(e.Property(x => x.Id));
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasMany(x => x.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AnswerOption>(e =>
        {
            e.ToTable("CoursesQuizOptions");
            e.HasKey(x => new { x.QuestionId, x.Order });
        });
    }

    private static void ConfigureLearners(ModelBuilder builder)
    {
        builder.Entity<Enrolment>(e =>
        {
            e.ToTable("CoursesEnrolments");
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.UserId, x.EditionId }).IsUnique();
            e.HasIndex(x => new { x.EditionId, x.State });
        });
        builder.Entity<LessonDone>(e =>
        {
            e.ToTable("CoursesLessonsDone");
            e.HasKey(x => new { x.EnrolmentId, x.LessonId });
        });
        builder.Entity<QuizAttempt>(e =>
        {
            e.ToTable("CoursesQuizAttempts");
            e.HasIndex(x => new { x.EnrolmentId, x.QuizId, x.Number }).IsUnique();
        });
        builder.Entity<ReleaseRun>(e =>
        {
            e.ToTable("CoursesReleaseRuns");
            Key(e.Property(x => x.Id), 200);
        });
    }

    private static readonly ValueConverter<DateTime, DateTime> WallClock = Columns.WallClock;

    private static void Key(PropertyBuilder<string> property, int length = 100) => property.HasMaxLength(length);
}
