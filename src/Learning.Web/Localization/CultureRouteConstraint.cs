using Learning.Core.Cultures;

namespace Learning.Web.Localization;

/// <summary>Matches only the site's languages, exactly as written (<c>zh-Hans</c>, not <c>zh-hans</c>).</summary>
public sealed class CultureRouteConstraint(CultureCatalog cultures) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string culture &&
        cultures.Find(culture)?.Culture == culture;
}
