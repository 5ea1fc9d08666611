using Npgsql;

namespace Learning.Web.Tests.Infrastructure;

/// <summary>
/// The tests start hundreds of sites on one PostgreSQL server; a finished site must give its
/// connections back, or a later one (the load test above all) meets "too many clients".
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresSiteTests
{
    [Fact]
    public async Task A_finished_site_leaves_no_connection_open_on_the_server()
    {
        var site = new PostgresSite();
        var database = new NpgsqlConnectionStringBuilder(site.ConnectionString).Database!;
        Assert.True((await site.Browser().GetAsync("/en/clean-seas")).IsSuccessStatusCode);
        Assert.True(await ConnectionsToAsync(database) > 0, "the site should have used the database");

        await site.DisposeAsync();

        // A closed connection's server process takes a moment to end; an open pool would keep them for five minutes.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await ConnectionsToAsync(database) > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
        }
        Assert.Equal(0, await ConnectionsToAsync(database));
    }

    private static async Task<long> ConnectionsToAsync(string database)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @database", connection);
        count.Parameters.AddWithValue("database", database);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
