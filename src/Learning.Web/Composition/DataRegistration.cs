using Learning.Core.Caching;
using Learning.Core.Data;
using Learning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Composition;

public static class DataRegistration
{
    public static IServiceCollection AddLearningData(this IServiceCollection services, IConfiguration configuration, LearningOptions options)
    {
        var connection = ConnectionString(configuration, options);
        if (options.UsesPostgres)
        {
            services.AddDbContext<PostgresLearningDbContext>((sp, o) => o.UseNpgsql(connection, n => n.EnableRetryOnFailure(3))
                .AddInterceptors(sp.GetRequiredService<PublicContentInterceptor>()));
            services.AddScoped<LearningDbContext>(sp => sp.GetRequiredService<PostgresLearningDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteLearningDbContext>((sp, o) => o.UseSqlite(connection)
                .AddInterceptors(new SqlitePragmas(), sp.GetRequiredService<PublicContentInterceptor>()));
            services.AddScoped<LearningDbContext>(sp => sp.GetRequiredService<SqliteLearningDbContext>());
        }
        services.AddHealthChecks().AddDbContextCheck<LearningDbContext>("database");
        return services;
    }

    public static string ConnectionString(IConfiguration configuration, LearningOptions options) =>
        configuration.GetConnectionString("Learning") is { Length: > 0 } configured
            ? configured
            : options.UsesPostgres
                ? throw new InvalidOperationException("Learning:Database is PostgreSQL but ConnectionStrings:Learning is not set")
                : $"Data Source={Path.Combine(options.FullDataPath, "learning.db")}";
}
