using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Security;

[Trait("Category", "Security")]
public sealed class SecurityHeadersTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("/en/")]
    [InlineData("/ar/courses")]
    [InlineData("/en/account/sign-in")]
    [InlineData("/en/no-such-page")]
    public async Task Every_page_forbids_inline_scripts_framing_and_sniffing(string path)
    {
        var response = await site.Browser().GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_an_https_load_balancer_browsers_are_told_to_stay_on_https()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/en/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await site.Browser().SendAsync(request);

        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task The_progress_script_is_served_from_the_site_itself()
    {
        var response = await site.Browser().GetAsync("/assets/progress.js");

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("progress[data-status]", await response.Content.ReadAsStringAsync());
    }
}
