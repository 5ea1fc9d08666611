using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Learning.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.Web.Features.Security;

/// <summary>
/// Posts of the public forms are limited per client, form and minute, so that a script cannot
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
                : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(FormOf(context), context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    /// <summary>
    /// The form a post reaches, whatever the spelling of its address or its language prefix: the page
    /// routing chose, not the path the client wrote.
    /// </summary>
    private static string FormOf(HttpContext context) =>
        context.GetEndpoint() is { } endpoint
            ? endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? endpoint.DisplayName ?? ""
            : context.Request.Path.Value?.ToLowerInvariant() ?? "";

    /// <summary>
    /// One allowance per form and client. An IPv6 client is counted by its /64, the network one
    /// subscriber is given, since it can pick any address within it.
    /// </summary>
    public static string PartitionOf(string form, IPAddress? client) => $"{form} {ClientOf(client)}";

    public static string ClientOf(IPAddress? client)
    {
        if (client is null)
        {
            return "unknown";
        }
        if (client.IsIPv4MappedToIPv6)
        {
            return client.MapToIPv4().ToString();
        }
        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }
        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
