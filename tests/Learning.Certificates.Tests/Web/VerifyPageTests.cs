using System.Net;
using Learning.Certificates.Codes;

namespace Learning.Certificates.Tests.Web;

public class VerifyPageTests
{
    [Fact]
    public async Task A_valid_certificate_shows_holder_course_track_and_date_in_the_visitors_language()
    {
        var certificate = Samples.Certificate("ar");
        await using var host = await VerifyHost.StartAsync(certificate);

        var response = await host.Client.GetAsync($"/fr/verify/{certificate.Code}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("فاطمة الزهراء", html);
        Assert.Contains(certificate.CourseTitle, html);
        Assert.Contains(certificate.TrackTitle, html);
        Assert.Contains("jeudi 5 juin 2025", html);
        Assert.Contains("This certificate is valid.", html);
        Assert.DoesNotContain("revoked", html);
    }

    [Fact]
    public async Task A_revoked_certificate_says_so_with_reason_and_date()
    {
        var certificate = Samples.Certificate("en");
        certificate.RevokedUtc = new DateTime(2025, 7, 1, 12, 0, 0, DateTimeKind.Utc);
        certificate.RevokedReason = "Issued in error <script>";
        await using var host = await VerifyHost.StartAsync(certificate);

        var response = await host.Client.GetAsync($"/en/verify/{certificate.Code}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This certificate has been revoked.", html);
        Assert.Contains("Issued in error &lt;script&gt;", html);
        Assert.Contains("Tuesday, July 1, 2025", html);
        Assert.DoesNotContain("This certificate is valid.", html);
    }

    [Theory]
    [InlineData("ML-0000-0000-0000")]
    [InlineData("not-a-code")]
    [InlineData("%3Cscript%3E")]
    [InlineData("ML-7K4Q-9WXT-3MPG")]
    public async Task An_unknown_or_malformed_code_is_a_clear_404(string code)
    {
        await using var host = await VerifyHost.StartAsync(Samples.Certificate("en"));

        var response = await host.Client.GetAsync($"/en/verify/{code}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No certificate has this code.", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task A_code_typed_loosely_is_redirected_to_its_canonical_address()
    {
        var certificate = Samples.Certificate("en");
        await using var host = await VerifyHost.StartAsync(certificate);

        var response = await host.Client.GetAsync($"/en/verify/{certificate.Code.ToLowerInvariant().Replace("-", "")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/verify/{certificate.Code}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_address_printed_on_certificates_redirects_to_the_visitors_language()
    {
        var certificate = Samples.Certificate("en");
        await using var host = await VerifyHost.StartAsync(certificate);

        var response = await host.Client.GetAsync($"/verify/{certificate.Code}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/fr/verify/{certificate.Code}", response.Headers.Location?.OriginalString);
        Assert.True(VerificationCode.TryParse(certificate.Code, out _));
    }
}
