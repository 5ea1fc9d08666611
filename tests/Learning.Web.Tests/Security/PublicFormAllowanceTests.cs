using System.Net;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Security;

/// <summary>
/// A public form's allowance belongs to the form and the client, however the address is spelt: other
/// letter cases or another language prefix reach the same form, and an IPv6 client counts by its /64.
/// </summary>
[Trait("Category", "Security")]
public sealed class PublicFormAllowanceTests(ClientAddressSite site) : IClassFixture<ClientAddressSite>
{
    private static int clients;

    private static Dictionary<string, string> WrongPassword() => new()
    {
        ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "wrong-" + Guid.NewGuid().ToString("N")[..6],
    };

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string path) =>
        (await client.PostWithTokenAsync("/en/account/sign-in", path, WrongPassword())).StatusCode;

    private static async Task UseUpAsync(HttpClient client)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SignInAsync(client, "/en/account/sign-in"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(client, "/en/account/sign-in"));
    }

    [Theory]
    [InlineData("/en/account/SIGN-IN")]
    [InlineData("/en/account/Sign-In")]
    [InlineData("/fr/account/sign-in")]
    public async Task Another_spelling_or_language_of_the_address_gets_no_fresh_allowance(string path)
    {
        var client = site.From($"203.0.113.{Interlocked.Increment(ref clients)}");
        await UseUpAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(client, path));
    }

    [Fact]
    public async Task An_ipv6_client_counts_by_its_64_and_its_neighbour_network_does_not_share_it()
    {
        var prefix = $"2001:db8:{Interlocked.Increment(ref clients):x}:1";
        await UseUpAsync(site.From($"{prefix}::10"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(site.From($"{prefix}:aaaa:bbbb:cccc:dddd"), "/en/account/sign-in"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SignInAsync(site.From($"{prefix[..^1]}2::10"), "/en/account/sign-in"));
    }

    [Fact]
    public async Task An_ipv4_client_is_counted_alone_whether_or_not_it_arrives_mapped_into_ipv6()
    {
        var address = $"198.51.100.{Interlocked.Increment(ref clients)}";
        await UseUpAsync(site.From(address));

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAsync(site.From($"::ffff:{address}"), "/en/account/sign-in"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SignInAsync(site.From("198.51.100.251"), "/en/account/sign-in"));
    }
}
