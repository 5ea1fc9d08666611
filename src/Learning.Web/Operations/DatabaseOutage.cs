using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Learning.Web.Operations;

/// <summary>
/// Whether an exception means the database cannot be reached just now, rather than a fault in the
/// request or the code: the visitor gets a 503 and may retry, where any other fault stays a 500.
/// </summary>
public static class DatabaseOutage
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
    private static readonly HashSet<string> UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Looks through the wrappers (EF Core's retry limit, a failed save, aggregates) for the cause.</summary>
    public static bool Is(Exception? error) => Causes(error).Any(IsUnavailable);

    private static bool IsUnavailable(Exception e) => e switch
    {
        PostgresException p => UnavailableStates.Contains(p.SqlState) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        // Npgsql's own failures below the server: refused or broken sockets, connect and pool timeouts.
        NpgsqlException n => n.InnerException is SocketException or IOException or TimeoutException || IsPoolExhausted(n),
        SqliteException s => (s.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked,
        _ => false,
    };

    private static bool IsPoolExhausted(NpgsqlException e) =>
        e.Message.Contains("connection pool has been exhausted", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<Exception> Causes(Exception? error)
    {
        var pending = new Stack<Exception>();
        if (error is not null)
        {
            pending.Push(error);
        }
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            yield return e;
            if (e is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
