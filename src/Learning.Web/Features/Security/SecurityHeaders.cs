using Learning.Site;

namespace Learning.Web.Features.Security;

/// <summary>
/// Headers that tell browsers what this site never does: run a script it did not serve from its
/// own address, be framed by another site, or have its responses sniffed as another type.
/// </summary>
public static class SecurityHeaders
{
    // Styles stay inline so that a page is one request on a slow connection; scripts never are.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Hangfire's own dashboard writes inline scripts; it is for administrators only.
    private const string JobsDashboard = SiteAddresses.Jobs;

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        if (!context.Request.Path.StartsWithSegments(JobsDashboard))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
        return next(context);
    });
}
