using System.Net;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Load;

/// <summary>The site on PostgreSQL behind real Kestrel on a loopback port, so the load goes through TCP as it would in production.</summary>
public sealed class LoadSite : PostgresSite, IAsyncLifetime
{
    public LoadSite() => UseKestrel(0);

    public string BaseUrl { get; private set; } = "";

    public LoadMeter Meter { get; } = new();

    public Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return Task.CompletedTask;
    }

    /// <summary>The clients of the shared flows (the administrator's, for instance) go through the real port too, but are not measured.</summary>
    public override HttpClient Browser() => new(Sockets(new CookieContainer())) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>One person: a cookie jar of their own and a few connections, as a browser keeps; every request is timed under their kind.</summary>
    public HttpClient Person(string kind) =>
        new(new TimedHandler(Meter, kind) { InnerHandler = Sockets(new CookieContainer()) }) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };

    private static SocketsHttpHandler Sockets(CookieContainer cookies) => new()
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies,
        MaxConnectionsPerServer = 6, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
