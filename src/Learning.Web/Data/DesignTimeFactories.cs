using Learning.Web.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Learning.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each context without starting the site.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLearningDbContext>
{
    public SqliteLearningDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLearningDbContext>().UseSqlite("Data Source=design.db").Options, Modules.Create());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLearningDbContext>
{
    public PostgresLearningDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLearningDbContext>().UseNpgsql("Host=localhost;Database=design").Options, Modules.Create());
}
