using Learning.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Learning.Web.Tests.Infrastructure;

/// <summary>A whole site on a fresh database, set up from the real setup recipe, as a user would get it.</summary>
public abstract class SiteFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@learning.local";
    public const string AdminPassword = "Admin-pass-2026";

    protected SiteFactory(string? dataPath = null)
    {
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "learning-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        Nodes.Add(this);
    }

    /// <summary>A second start of the same site: same data folder, same database.</summary>
    public abstract SiteFactory Restart();

    /// <summary>Another site of the same kind with an empty database.</summary>
    public abstract SiteFactory Empty();

    public string DataPath { get; }

    public abstract string DatabaseKind { get; }

    public abstract string ConnectionString { get; }

    public string PickupFolder => Path.Combine(DataPath, "mail-pickup");

    /// <summary>
    /// The pickup folders of this site and of every node sharing its database: any node's outbox job
    /// may claim a message another node queued, and writes it into its own folder.
    /// </summary>
    public IEnumerable<string> PickupFolders => Nodes.Select(node => node.PickupFolder);

    protected List<SiteFactory> Nodes { get; private set; } = [];

    protected T JoinNodes<T>(T sibling) where T : SiteFactory
    {
        sibling.Nodes = Nodes;
        return sibling;
    }

    /// <summary>Extra settings for one test's site, e.g. a real SMTP server.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Learning:DataPath", DataPath);
        builder.UseSetting("Learning:Database", DatabaseKind);
        builder.UseSetting("ConnectionStrings:Learning", ConnectionString);
        builder.UseSetting("Learning:AdminPassword", AdminPassword);
        builder.UseSetting("Learning:AdminEmail", AdminEmail);
        builder.UseSetting("Learning:RecipesPath", Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes"));
        // The tests register and sign in hundreds of people from one address; PublicFormLimitTests lowers it again.
        builder.UseSetting("Learning:PublicFormsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public virtual HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<LearningDbContext, Task<T>> work) =>
        WithScopeAsync(sp => work(sp.GetRequiredService<LearningDbContext>()));

    /// <summary>The arguments that point the command line at this site's database.</summary>
    public string[] CommandLineSettings() =>
    [
        $"--Learning:DataPath={DataPath}", $"--Learning:Database={DatabaseKind}", $"--ConnectionStrings:Learning={ConnectionString}",
    ];
}

public class SqliteSite : SiteFactory
{
    public SqliteSite()
    {
    }

    protected SqliteSite(string dataPath) : base(dataPath)
    {
    }

    public override SiteFactory Restart() => new SqliteSite(DataPath);

    public override SiteFactory Empty() => new SqliteSite();

    public override string DatabaseKind => "Sqlite";

    public override string ConnectionString => $"Data Source={Path.Combine(DataPath, "learning.db")}";
}

public class PostgresSite : SiteFactory
{
    private readonly string database;

    public PostgresSite() : this(null, null)
    {
    }

    protected PostgresSite(string? dataPath, string? existingDatabase) : base(dataPath)
    {
        database = existingDatabase ?? "learning_" + Guid.NewGuid().ToString("N")[..12];
        if (existingDatabase is null)
        {
            using var connection = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            command.ExecuteNonQuery();
        }
    }

    public override SiteFactory Restart() => new PostgresSite(DataPath, database);

    /// <summary>Another web node on the same database, with a data folder of its own.</summary>
    public SiteFactory SecondNode()
    {
        var node = new PostgresSite(null, database);
        Nodes.Add(node);
        return JoinNodes(node);
    }

    public override SiteFactory Empty() => new PostgresSite();

    public override string DatabaseKind => "PostgreSQL";

    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin) { Database = database }.ConnectionString;

    /// <summary>
    /// Closes the site's pooled connections with the site. Npgsql would keep them open for five
    /// minutes, and a run of many sites would reach the server's max_connections: a site that meets
    /// "too many clients" retries, and under load every request then waits seconds.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}
