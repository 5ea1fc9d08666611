using System.Data.Common;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>The row count of every table of the site, to show that a refused input wrote nothing.</summary>
public static class TableRows
{
    public static Task<string> CountAsync(SiteFactory site) => site.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' || ':' || count(*) FROM \"{t}\""));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var counts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts.Add(reader.GetString(0));
        }
        return string.Join(" ", counts);
    });

    public static string Difference(string before, string after) =>
        string.Join(", ", after.Split(' ').Except(before.Split(' ')));
}
