using Learning.Core.Caching;
using Learning.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Learning.Web.Features.Caching;

/// <summary>
/// Keeps the page a visitor who is not signed in sees, per address and query, until public content
/// changes or <see cref="PublicContentChanges.MaxAge"/> passes. Signed-in visitors always get a fresh
/// page, and a response that sets any cookie but the language one (an antiforgery token) is never kept.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public const string Tag = "public";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = PublicContentChanges.MaxAge;
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !OnlyLanguageCookie(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private static bool OnlyLanguageCookie(Microsoft.Extensions.Primitives.StringValues cookies) =>
        cookies.All(c => c is not null && c.StartsWith(CultureMiddleware.CookieName + "=", StringComparison.Ordinal));
}
