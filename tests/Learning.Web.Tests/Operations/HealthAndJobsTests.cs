using System.Net;
using System.Text.Json;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Operations;

public abstract class HealthAndJobsTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task Health_reports_the_database_and_the_job_server()
    {
        var response = await site.Browser().GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Job_dashboard_is_for_administrators_only()
    {
        var anonymous = await site.Browser().GetAsync("/admin/jobs");
        var learner = site.Browser();
        await Accounts.AccountFlows.RegisterConfirmedAsync(site, learner, "learner-jobs@example.org");

        var asLearner = await learner.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asLearner.StatusCode);
    }

    [Fact]
    public async Task Admin_area_sends_anonymous_visitors_to_sign_in()
    {
        var response = await site.Browser().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await site.Browser().PostAsync("/en/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.c", ["Input.Password"] = "whatever123" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class SqliteHealthAndJobsTests(SqliteSite site) : HealthAndJobsTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresHealthAndJobsTests(PostgresSite site) : HealthAndJobsTests<PostgresSite>(site);
