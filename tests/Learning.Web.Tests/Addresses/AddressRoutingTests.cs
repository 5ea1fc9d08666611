using System.Net;
using System.Reflection;
using Learning.Site;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Addresses;

/// <summary>
/// Every named address leads to a page or endpoint of the module that names it, as the site's own
/// routing would choose it: a wrong address, or a page moved without its address, fails here.
/// </summary>
public sealed class AddressRoutingTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public void Every_address_is_routed_to_a_page_of_the_module_that_names_it()
    {
        site.Browser();
        var routes = RouteTable.Read(site.Services);
        var samples = AddressSamples.All().Where(s => s.Address != SiteAddresses.Jobs).ToList();

        var wrong = samples.Select(s => (s, Problem: routes.ProblemWith(s))).Where(p => p.Problem is not null)
            .Select(p => $"{p.s.Name} = {p.s.Address}: {p.Problem}").ToList();

        Assert.True(samples.Count > 100, $"only {samples.Count} addresses were found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_address_class_is_found()
    {
        var names = AddressSamples.Classes.Select(t => t.Name).ToList();

        Assert.Contains(nameof(SiteAddresses), names);
        Assert.Contains(nameof(Learning.Courses.CourseAddresses), names);
        Assert.Contains(nameof(Learning.Web.Pages.Account.AccountAddresses), names);
        Assert.Equal(10, names.Count);
    }

    // The jobs dashboard is middleware, not an endpoint: it answers where the host mounted it.
    [Fact]
    public async Task The_jobs_dashboard_answers_at_its_address()
    {
        var answer = await site.Browser().GetAsync(SiteAddresses.Jobs);

        Assert.NotEqual(HttpStatusCode.NotFound, answer.StatusCode);
    }

    private sealed class RouteTable(List<(RouteEndpoint Endpoint, TemplateMatcher Matcher)> routes, ParameterPolicyFactory policies)
    {
        public static RouteTable Read(IServiceProvider services)
        {
            var routes = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("{*", StringComparison.Ordinal) != true)
                .OrderBy(e => e.Order).ThenBy(e => RoutePrecedence.ComputeInbound(new RouteTemplate(e.RoutePattern)))
                .Select(e => (e, new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults))))
                .ToList();
            return new RouteTable(routes, services.GetRequiredService<ParameterPolicyFactory>());
        }

        public string? ProblemWith(AddressSamples.Sample sample)
        {
            var (path, query) = Split(sample.Address);
            if (First(path) is not { } endpoint)
            {
                return "no page or endpoint has this address";
            }
            if (OwnerOf(endpoint) != sample.Owner)
            {
                return $"routed to {endpoint.DisplayName} of {OwnerOf(endpoint)?.GetName().Name}";
            }
            var handler = QueryHelpers.ParseQuery(query).GetValueOrDefault("handler").ToString();
            var handlers = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods ?? [];
            return handler.Length == 0 || handlers.Any(h => string.Equals(h.Name, handler, StringComparison.OrdinalIgnoreCase))
                ? null : $"{endpoint.DisplayName} has no handler {handler}";
        }

        private RouteEndpoint? First(string path)
        {
            foreach (var (endpoint, matcher) in routes)
            {
                var values = new RouteValueDictionary();
                if (matcher.TryMatch(path, values) && Admits(endpoint.RoutePattern, values))
                {
                    return endpoint;
                }
            }
            return null;
        }

        private bool Admits(RoutePattern pattern, RouteValueDictionary values) =>
            pattern.ParameterPolicies.All(p => values.GetValueOrDefault(p.Key) is null || p.Value.All(reference =>
                (reference.ParameterPolicy ?? policies.Create(pattern.GetParameter(p.Key), reference.Content!)) is not IRouteConstraint constraint ||
                constraint.Match(null, null, p.Key, values, RouteDirection.IncomingRequest)));

        private static Assembly? OwnerOf(RouteEndpoint endpoint) =>
            endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.PageTypeInfo.Assembly
            ?? endpoint.Metadata.GetMetadata<MethodInfo>()?.DeclaringType?.Assembly;

        private static (string Path, string Query) Split(string address)
        {
            var path = address.Split('#')[0];
            var question = path.IndexOf('?');
            return question < 0 ? (path, "") : (path[..question], path[question..]);
        }
    }
}
