using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Faults;

/// <summary>The whole site on a database of <see cref="OwnPostgres"/>, whose server the test stops and starts.</summary>
public sealed class OwnPostgresSite : SiteFactory
{
    private readonly OwnPostgres server;
    private readonly string database;

    public OwnPostgresSite(OwnPostgres server) : this(server, null, null)
    {
    }

    private OwnPostgresSite(OwnPostgres server, string? dataPath, string? existingDatabase) : base(dataPath)
    {
        this.server = server;
        database = existingDatabase ?? "learning_" + Guid.NewGuid().ToString("N")[..12];
        if (existingDatabase is null)
        {
            server.CreateDatabase(database);
        }
    }

    public override SiteFactory Restart() => new OwnPostgresSite(server, DataPath, database);

    public override SiteFactory Empty() => new OwnPostgresSite(server);

    public override string DatabaseKind => "PostgreSQL";

    public override string ConnectionString => server.ConnectionStringFor(database);
}
