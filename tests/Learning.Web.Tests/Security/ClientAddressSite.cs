using System.Net;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Security;

/// <summary>
/// A site whose test clients say which address they come from (<see cref="Header"/>), as clients
/// behind a load balancer appear to the site: the test server itself has no network addresses.
/// </summary>
public sealed class ClientAddressSite : SqliteSite
{
    public const string Header = "X-Test-Client-Address";

    public ClientAddressSite() => Settings["Learning:PublicFormsPerMinute"] = "3";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    public HttpClient From(string address)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return following(context);
            });
            next(app);
        };
    }
}
