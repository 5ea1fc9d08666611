using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Learning.Core.Cultures;

namespace Learning.Web.Localization;

/// <summary>
/// Sets the request's culture: the URL prefix first, then the cookie, then Accept-Language.
/// A culture named in the URL is remembered in the cookie for the unprefixed pages.
/// </summary>
public sealed class CultureMiddleware(RequestDelegate next, CultureCatalog cultures)
{
    public const string CookieName = "learning.culture";

    public Task InvokeAsync(HttpContext context)
    {
        var fromRoute = PrefixOf(OriginalPath(context));
        var fromCookie = context.Request.Cookies[CookieName];
        var culture = Resolve(context, fromRoute, fromCookie);
        if (fromRoute is not null && culture == fromRoute && fromCookie != fromRoute)
        {
            context.Response.Cookies.Append(CookieName, fromRoute, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true,
            });
        }
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        return next(context);
    }

    /// <summary>
    /// The address the visitor asked for: an error page re-executed under <c>/status/...</c> speaks
    /// the language of the page that failed.
    /// </summary>
    private static PathString OriginalPath(HttpContext context) =>
        new(context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Request.Path.Value);

    /// <summary>The first path segment when it names a language of the site exactly (<c>/fr/...</c>).</summary>
    private string? PrefixOf(PathString path)
    {
        var value = path.Value ?? "";
        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value.TrimStart('/') : value[1..end];
        return cultures.Find(segment)?.Culture == segment ? segment : null;
    }

    public string Resolve(HttpContext context, string? fromRoute, string? fromCookie) =>
        cultures.Find(fromRoute)?.Culture
        ?? cultures.Find(fromCookie)?.Culture
        ?? cultures.BestMatch(context.Request.Headers.AcceptLanguage.ToString())
        ?? cultures.Languages.FirstOrDefault()?.Culture
        ?? CultureCatalog.DefaultCulture;
}
