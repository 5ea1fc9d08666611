using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Learning.Web.Operations;

/// <summary>
/// One log line per request at Debug, with its path but never its query string: account links carry
/// their tokens there (confirm-email, reset-password). ASP.NET Core's own "Request starting" lines
/// print the whole address, so they are kept below Warning whatever the configured level.
/// </summary>
public static class RequestLog
{
    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IServiceCollection AddRequestLog(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(null, HostingCategory, LogLevel.Warning, null)));

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Learning.Requests");
        return app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogDebug("{Method} {Path} answered {Status} in {Elapsed:0.0} ms",
                    context.Request.Method, context.Request.PathBase + context.Request.Path, context.Response.StatusCode, clock.Elapsed.TotalMilliseconds);
            }
        });
    }
}
