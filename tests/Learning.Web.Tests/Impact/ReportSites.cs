using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Impact;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Impact;

/// <summary>
/// Figures read from the site's own database, in every kind of row, so that a report has
/// something to say before the programme modules' sources are registered beside it.
/// </summary>
public sealed class SiteLanguagesSource(LearningDbContext db) : IImpactSource
{
    public int Order => 1000;

    public async Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default)
    {
        var languages = await db.Set<Language>().AsNoTracking().OrderBy(l => l.Order).ThenBy(l => l.Culture).Select(l => l.Culture).ToListAsync(ct);
        var count = languages.Count;
        return new ImpactSection("site-languages", "Language", [new("languages", "Courses", count * 1111L)],
        [
            new("by-language", "Language", ImpactRowKind.Language, "Language", ["Courses"], languages.Select((l, i) => new ImpactRow(l, [(i + 1) * 1234L])).ToList()),
            new("by-country", "Country", ImpactRowKind.Country, "Country", ["Courses", "Certificates"],
                [new("KE", [count * 7L, count]), new("TH", [count * 5L, 2]), new("CN", [count * 3L, 1])]),
            new("by-status", "Status", ImpactRowKind.Msgid, "Status", ["Courses"], [new("Queued", [count])]),
        ]);
    }
}

public sealed class ReportSqliteSite : SqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(ReportSites.AddSource);
    }
}

public sealed class ReportPostgresSite : PostgresSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(ReportSites.AddSource);
    }
}

public static class ReportSites
{
    public static void AddSource(IServiceCollection services) => services.AddScoped<IImpactSource, SiteLanguagesSource>();
}
