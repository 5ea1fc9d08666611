using System.Net;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Certificates;

public abstract class CertificateAdminAccessTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    public static TheoryData<string> AdminPages =>
    [
        "/admin/certificates", "/admin/certificates/ML-0000-0000-0000", "/admin/certificates/templates", "/admin/certificates/templates/completion/fr",
        "/admin/certificates/reissue", "/admin/certificates/reissue/1", "/admin/certificates/reissue/1?handler=status",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_learner_is_turned_away_from_every_certificates_admin_page(string url)
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, $"learner-{Math.Abs(url.GetHashCode())}@example.org");

        var response = await learner.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_learner_cannot_start_a_reissue()
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, "learner-start@example.org");

        var response = await learner.PostWithTokenAsync("/en/learning", "/admin/certificates/reissue?handler=Start", new Dictionary<string, string> { ["scope"] = "course-run:anything" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        var response = await site.Browser().GetAsync("/admin/certificates/reissue/1?handler=status");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("sign-in", response.Headers.Location!.OriginalString);
    }
}

public sealed class SqliteCertificateAdminAccessTests(SqliteSite site) : CertificateAdminAccessTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresCertificateAdminAccessTests(PostgresSite site) : CertificateAdminAccessTests<PostgresSite>(site);
