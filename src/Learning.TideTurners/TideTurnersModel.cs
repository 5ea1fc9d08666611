using System.Text.Json;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learning.TideTurners;

internal static class TideTurnersModel
{
    public static void Configure(ModelBuilder builder)
    {
        ConfigureChallenge(builder);
        ConfigureGroups(builder);
        ConfigureWork(builder);
        builder.Entity<Badge>(e =>
        {
            e.ToTable("TideTurnersBadges");
            e.Property(x => x.LevelId).HasMaxLength(40);
            e.HasIndex(x => x.StatusIndex).IsUnique();
            e.HasIndex(x => x.SubmissionId).IsUnique();
            e.HasIndex(x => x.YouthId);
            e.Property(x => x.RevokedReason).HasMaxLength(1000);
        });
        builder.Entity<SigningKey>(e =>
        {
            e.ToTable("TideTurnersSigningKeys");
            e.Property(x => x.Id).HasMaxLength(40);
        });
    }

    private static void ConfigureChallenge(ModelBuilder builder)
    {
        builder.Entity<Level>(e =>
        {
            e.ToTable("TideTurnersLevels");
            e.Property(x => x.Id).HasMaxLength(40);
            Json(e.Property(x => x.Titles));
            Json(e.Property(x => x.Summaries));
            e.HasMany(x => x.Activities).WithOne().HasForeignKey(a => a.LevelId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Activity>(e =>
        {
            e.ToTable("TideTurnersActivities");
            e.Property(x => x.Id).HasMaxLength(60);
            e.Property(x => x.LevelId).HasMaxLength(40);
            Json(e.Property(x => x.Titles));
        });
        builder.Entity<Organisation>(e =>
        {
            e.ToTable("TideTurnersOrganisations");
            e.Property(x => x.Id).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200);
        });
    }

    private static void ConfigureGroups(ModelBuilder builder)
    {
        builder.Entity<Appointment>(e =>
        {
            e.ToTable("TideTurnersAppointments");
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.OrganisationId).HasMaxLength(60);
            e.Property(x => x.Country).HasMaxLength(2);
            e.HasIndex(x => new { x.UserId, x.Role, x.OrganisationId, x.Country }).IsUnique();
        });
        builder.Entity<Group>(e =>
        {
            e.ToTable("TideTurnersGroups");
            e.Property(x => x.OrganisationId).HasMaxLength(60);
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasMany(x => x.Leaders).WithOne().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<GroupLeader>(e =>
        {
            e.ToTable("TideTurnersGroupLeaders");
            e.HasKey(x => new { x.GroupId, x.UserId });
        });
        builder.Entity<Youth>(e =>
        {
            e.ToTable("TideTurnersYouths");
            e.Property(x => x.Nickname).HasMaxLength(Youth.NicknameLength);
            e.Property(x => x.AgeBand).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.Culture).HasMaxLength(20);
            e.Property(x => x.Pseudonym).HasMaxLength(64);
            e.HasIndex(x => x.GroupId);
            e.HasIndex(x => x.LastActivityUtc);
        });
    }

    private static void ConfigureWork(ModelBuilder builder)
    {
        builder.Entity<ActivityRecord>(e =>
        {
            e.ToTable("TideTurnersActivityRecords");
            e.Property(x => x.ActivityId).HasMaxLength(60);
            e.Property(x => x.Evidence).HasMaxLength(2000);
            e.Property(x => x.PhotoFile).HasMaxLength(80);
            e.HasIndex(x => new { x.YouthId, x.ActivityId }).IsUnique();
        });
        builder.Entity<Submission>(e =>
        {
            e.ToTable("TideTurnersSubmissions");
            e.Property(x => x.LevelId).HasMaxLength(40);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Feedback).HasMaxLength(2000);
            e.HasIndex(x => new { x.State, x.SubmittedUtc });
            e.HasIndex(x => new { x.YouthId, x.LevelId });
        });
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Texts per language live in one JSON text column, the same on SQLite and PostgreSQL.</summary>
    private static void Json(PropertyBuilder<Dictionary<string, string>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, JsonOptions),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonOptions) ?? new(),
            new ValueComparer<Dictionary<string, string>>(
                (a, b) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(b, JsonOptions),
                v => JsonSerializer.Serialize(v, JsonOptions).GetHashCode(),
                v => new Dictionary<string, string>(v)));
}
