using System.Threading.RateLimiting;
using Learning.Core.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.Web.Features.Security;

/// <summary>
/// Posts of the public forms are limited per client address, form and minute, so that a script cannot
/// register accounts, guess passwords or file applications by the thousand. Reading is never limited.
/// </summary>
public static class PublicFormLimits
{
    public static IServiceCollection AddPublicFormLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Learning:PublicFormsPerMinute", 10);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicForms.Policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter($"{context.Connection.RemoteIpAddress} {context.Request.Path}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
