using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Courses.Editions;
using Learning.Courses.Releases;
using Learning.Courses.Seeding;
using Learning.Web.Composition;
using Learning.Web.Setup;
using Learning.Web.Tests.Courses;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// The released web site run as a child process on a database of its own on the shared cluster, with
/// its own data folder and SMTP sink; it can be killed and started again on the same data.
/// </summary>
public sealed class FaultSite : IDisposable
{
    public const string EditionId = "test-th";
    private readonly string name;
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "learning-faults", Guid.NewGuid().ToString("N"));
    private readonly int port = ServerProcess.FreePort();
    private readonly string[] settings;

    public FaultSite(string name, SmtpSink smtp, IEnumerable<string> settings)
    {
        this.name = name;
        var database = "faults_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(TestEnvironment.PostgresAdmin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            create.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin) { Database = database }.ConnectionString;
        this.settings =
        [
            $"--Learning:DataPath={dataPath}", "--Learning:Database=PostgreSQL", $"--ConnectionStrings:Learning={ConnectionString}",
            $"--Learning:AdminEmail={SiteFactory.AdminEmail}", $"--Learning:AdminPassword={SiteFactory.AdminPassword}",
            $"--Learning:RecipesPath={Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes")}",
            "--Learning:Smtp:Host=127.0.0.1", $"--Learning:Smtp:Port={smtp.Port}", .. settings,
        ];
    }

    public string ConnectionString { get; }

    public string Url => $"http://127.0.0.1:{port}";

    public ServerProcess? Process { get; private set; }

    public static string WebDll =>
        Path.Combine(TestEnvironment.RepositoryRoot, "src", "Learning.Web", "bin", "Release", "net10.0", "Learning.Web.dll");

    /// <summary>Starts the released build and waits until it answers its health check.</summary>
    public async Task StartAsync()
    {
        Assert.True(File.Exists(WebDll), $"{WebDll} is missing: tests/run builds it (dotnet build -c Release)");
        Process = ServerProcess.Start($"{name}-web", "dotnet", [WebDll, "--urls", Url, .. settings]);
        await Process.WaitUntilAsync(() => ServerProcess.AnswersAsync(Url + "/health"), TimeSpan.FromSeconds(90), "the web site's health check");
    }

    public void Kill()
    {
        Process?.Kill();
        Process?.Dispose();
        Process = null;
    }

    /// <summary>
    /// Sets the site up as its first start would, adds the test course with its Thai edition and
    /// <paramref name="learners"/> learners on that edition's waitlist, and sets its release to now:
    /// the next start of the site plans it, and it runs at once.
    /// </summary>
    public async Task PrepareReleaseAsync(int learners)
    {
        var app = LearningHost.Build([.. settings, "--Logging:LogLevel:Default=Warning"]);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SiteSetup>().RunAsync();
        var imported = await services.GetRequiredService<RecipeImporter>().ImportAsync("test-course.recipe.json", CourseRecipe.Json(), "test");
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var db = services.GetRequiredService<LearningDbContext>();
        await AddLearnersAsync(db, learners);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"CoursesEnrolments\" (\"UserId\", \"EditionId\", \"State\", \"CreatedUtc\") SELECT \"Id\", {0}, 'Waitlisted', CURRENT_TIMESTAMP FROM \"AspNetUsers\" WHERE \"Id\" LIKE 'seed-%'",
            EditionId);
        var edition = await db.Set<Edition>().SingleAsync(e => e.Id == EditionId);
        edition.Status = EditionStatus.Scheduled;
        EditionScheduler.SetReleaseTime(edition, DateTime.UtcNow, "UTC");
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Confirmed accounts and nothing else: the load seeder's learners are enrolled in the MOOC too,
    /// whose unit releases would mail them alongside the release under test.
    /// </summary>
    private static async Task AddLearnersAsync(LearningDbContext db, int learners)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        for (var start = 0; start < learners; start += 2000)
        {
            for (var n = start; n < Math.Min(learners, start + 2000); n++)
            {
                var email = LearnerSeeder.EmailOf(n);
                db.Add(new LearningUser
                {
                    Id = $"seed-{n:D7}", UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                    DisplayName = $"Learner {n}", PreferredCulture = "th", CreatedUtc = now,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    /// <summary>The addresses the release must reach: everyone on the edition's waitlist.</summary>
    public async Task<List<string>> RecipientsAsync() =>
        await QueryAsync("SELECT u.\"Email\" FROM \"CoursesEnrolments\" e JOIN \"AspNetUsers\" u ON u.\"Id\" = e.\"UserId\" WHERE e.\"EditionId\" = 'test-th'",
            r => r.GetString(0));

    /// <summary>The release's messages in the outbox: queued, sent, and still pending.</summary>
    public async Task<Progress> ProgressAsync() =>
        (await QueryAsync(
            "SELECT count(*), count(\"SentUtc\"), count(*) FILTER (WHERE \"SentUtc\" IS NULL), coalesce(max(\"Attempts\"), 0), count(\"LastError\") " +
            "FROM \"OutboxMessages\" WHERE \"DedupKey\" LIKE 'edition-release:test-th:%'",
            r => new Progress(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)))).Single();

    /// <summary>The Message-IDs of the release's e-mails (the outbox row's id), to tell them from other mail of the site.</summary>
    public async Task<HashSet<string>> ReleaseMessageIdsAsync() =>
        (await QueryAsync("SELECT \"Id\" FROM \"OutboxMessages\" WHERE \"DedupKey\" LIKE 'edition-release:test-th:%'", r => $"{r.GetGuid(0):N}@learning")).ToHashSet();

    /// <summary>The error of some failed attempt of the release, as the outbox row keeps it.</summary>
    public async Task<string?> AnyLastErrorAsync() =>
        (await QueryAsync("SELECT \"LastError\" FROM \"OutboxMessages\" WHERE \"LastError\" IS NOT NULL LIMIT 1", r => r.GetString(0))).SingleOrDefault();

    /// <summary>Every message of the outbox, the release's or not, that is neither sent nor given up.</summary>
    public async Task<int> PendingAsync() =>
        (await QueryAsync("SELECT count(*) FROM \"OutboxMessages\" WHERE \"SentUtc\" IS NULL AND NOT \"GaveUp\"", r => r.GetInt32(0))).Single();

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> row)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    public void Dispose()
    {
        Kill();
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}

/// <summary>How far a release has come: messages queued and sent, and the most attempts one needed.</summary>
public sealed record Progress(int Queued, int Sent, int Pending, int MaxAttempts, int WithError)
{
    public int Steps => Queued + Sent;
}
