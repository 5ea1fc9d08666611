using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Every route the site answers, read from its endpoint data source, so that a new page or API is
/// in the authorization matrix without anyone adding it. Parameters get values that name nothing
/// real: a forged id must be refused as surely as a real one.
/// </summary>
public static class EndpointCatalog
{
    public sealed record Route(string Method, string Path);

    public static IReadOnlyList<Route> Read(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("{*", StringComparison.Ordinal))
            .SelectMany(e => MethodsOf(e).Select(m => new Route(m, PathOf(e.RoutePattern))).Concat(NamedHandlersOf(e)))
            .Distinct()
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    // A Razor page answers GET and POST whatever handlers it has; an API says which it takes.
    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];

    // Forms post to named handlers (?handler=Revoke) as well as to the page itself.
    private static IEnumerable<Route> NamedHandlersOf(RouteEndpoint endpoint) =>
        (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods ?? [])
            .Where(h => h.Name is not null)
            .Select(h => new Route(h.HttpMethod.ToUpperInvariant(), $"{PathOf(endpoint.RoutePattern)}?handler={h.Name}"));

    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(PartOf))));

    private static string PartOf(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => ValueOf(parameter),
        _ => "",
    };

    private static string ValueOf(RoutePatternParameterPart parameter)
    {
        if (parameter.Name == "culture")
        {
            return "en";
        }
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c is "int" or "long" || c.StartsWith("min", StringComparison.Ordinal)))
        {
            return "987654";
        }
        return constraints.Contains("guid") ? "00000000-0000-0000-0000-000000000001" : "no-such-" + parameter.Name.ToLowerInvariant();
    }
}
