using System.Net;
using System.Net.Sockets;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Operations;

/// <summary>
/// The example nginx configuration in front of two real nodes on Kestrel that share one PostgreSQL
/// database and one uploads folder: a visitor signs in and goes on across both nodes, GETs go on
/// when a node dies, and the nodes see the visitor's scheme and address, not nginx's.
/// </summary>
[Trait("Category", "Postgres")]
[Trait("Category", "Nodes")]
public sealed class NginxLoadBalancerTests : IAsyncLifetime
{
    private const int FormsPerMinute = 3;
    private readonly PostgresSite database = new();
    private readonly string uploads = Path.Combine(Path.GetTempPath(), "learning-tests", "shared-uploads-" + Guid.NewGuid().ToString("N"));
    private NodeProcess first = null!;
    private NodeProcess second = null!;
    private NginxProcess nginx = null!;

    public async Task InitializeAsync()
    {
        // The first node sets the empty database up; the second starts on the finished site.
        first = await NodeProcess.StartAsync(Settings(database));
        using var secondSite = database.SecondNode();
        second = await NodeProcess.StartAsync(Settings(secondSite));
        nginx = await NginxProcess.StartAsync(first.Port, second.Port);
    }

    public Task DisposeAsync()
    {
        nginx?.Dispose();
        second?.Dispose();
        first?.Dispose();
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Visitors_go_on_across_both_nodes_and_GETs_survive_a_node_going_down()
    {
        using var visitor = Visitor("127.0.0.4");
        await visitor.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            pages.Add((await visitor.GetAsync("/admin/users")).StatusCode);
        }

        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(first.Served("/admin/users") > 0, "the first node served none of the signed-in pages");
        Assert.True(second.Served("/admin/users") > 0, "the second node served none of the signed-in pages");

        second.Stop();
        var afterwards = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            afterwards.Add((await visitor.GetAsync(i % 2 == 0 ? "/en/" : "/admin/users")).StatusCode);
        }

        Assert.All(afterwards, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task The_nodes_see_the_visitors_scheme_and_address_from_the_forwarded_headers()
    {
        using var direct = new HttpClient();
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{nginx.HttpPort}") };
        using var visitor = Visitor("127.0.0.5");
        var throughTls = await visitor.GetAsync("/en/");
        var atTheNode = await direct.GetAsync(first.Address + "/en/");
        var overHttp = await plain.GetAsync("/en/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, throughTls.StatusCode);
        Assert.True(throughTls.Headers.Contains("Strict-Transport-Security"), "no HSTS through nginx's TLS");
        Assert.False(atTheNode.Headers.Contains("Strict-Transport-Security"), "HSTS on plain http at the node itself");
        Assert.Equal(HttpStatusCode.MovedPermanently, overHttp.StatusCode);
        Assert.StartsWith("https://", overHttp.Headers.Location?.ToString());

        // Public forms are limited per client address; one node up keeps the count in one place.
        second.Stop();
        using var busy = Visitor("127.0.0.2");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= FormsPerMinute; i++)
        {
            answers.Add((await WrongSignInAsync(busy)).StatusCode);
        }
        using var neighbour = Visitor("127.0.0.3");
        var other = await WrongSignInAsync(neighbour);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(FormsPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
        Assert.True((int)other.StatusCode < 500, $"the neighbour's sign-in failed with {other.StatusCode}");
    }

    private static Task<HttpResponseMessage> WrongSignInAsync(HttpClient client) =>
        client.SubmitAsync("/en/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = $"nobody-{Guid.NewGuid():N}@example.org", ["Input.Password"] = "Not-the-password-1",
        });

    /// <summary>A browser at its own loopback address that trusts nginx's certificate only.</summary>
    private HttpClient Visitor(string address)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == nginx.CertificateHash },
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{nginx.HttpsPort}") };
    }

    private IEnumerable<string> Settings(SiteFactory site) => site.CommandLineSettings().Concat(
    [
        $"--Learning:UploadsPath={uploads}", $"--Learning:AdminEmail={SiteFactory.AdminEmail}", $"--Learning:AdminPassword={SiteFactory.AdminPassword}",
        $"--Learning:RecipesPath={Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes")}", $"--Learning:PublicFormsPerMinute={FormsPerMinute}",
    ]);
}
