using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learning.Web.Data;

/// <summary>
/// Write-ahead logging lets pages read while jobs write; with synchronous=NORMAL a committed
/// transaction survives a crash of the process (only a power cut can lose the last commits).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
