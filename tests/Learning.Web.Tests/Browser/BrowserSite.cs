using System.Net;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>A site on a real socket, and Debian's chromium driven by Playwright.</summary>
public class BrowserSite : SqliteSite, IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserSite() => UseKestrel(0);

    public IBrowser Chromium { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>On a real socket the clients that prepare a journey's data call the real port, cookies kept, redirects not followed.</summary>
    public override HttpClient Browser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>
    /// A fresh browser window; en-US, whose order of date fields KeyboardOnly.TypeDateAsync types in.
    /// The accessibility checks inject axe-core inline, which the site's own policy forbids.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 768 }, Locale = "en-US", BypassCSP = true });
        return await context.NewPageAsync();
    }

    public static string Screenshot(string name)
    {
        var folder = Path.Combine(TestEnvironment.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Chromium.DisposeAsync();
        playwright?.Dispose();
        await DisposeAsync();
    }
}
