using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Learning.Web.Tests.Security;

/// <summary>A site whose every log line, down to Debug for ASP.NET Core, EF Core and Hangfire, is kept in <see cref="Logs"/>.</summary>
public class LoggedSite : SqliteSite
{
    public LoggedSite()
    {
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire", "Learning" })
        {
            Settings[$"Logging:LogLevel:{category}"] = "Debug";
        }
    }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}
