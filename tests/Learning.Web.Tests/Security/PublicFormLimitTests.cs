using System.Net;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Security;

[Trait("Category", "Security")]
public sealed class PublicFormLimitTests : IClassFixture<SqliteSite>
{
    private readonly SqliteSite site;

    public PublicFormLimitTests(SqliteSite site)
    {
        this.site = site;
        site.Settings["Learning:PublicFormsPerMinute"] = "3";
    }

    [Fact]
    public async Task A_fourth_registration_from_one_address_within_a_minute_waits_and_reading_goes_on()
    {
        var client = site.Browser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await AccountFlows.RegisterAsync(client, $"limited-{i}-{Guid.NewGuid():N}@example.org")).StatusCode);
        }
        var refused = await AccountFlows.RegisterAsync(client, $"limited-{Guid.NewGuid():N}@example.org");
        var reading = await client.GetAsync("/en/account/register");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Please wait a minute", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
    }

    [Fact]
    public async Task The_individual_pledge_form_is_limited_too()
    {
        var client = site.Browser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.SubmitAsync("/en/clean-seas/pledge", new Dictionary<string, string>
            {
                ["Input.Email"] = $"pledge-{i}@example.org", ["Input.CountryCode"] = "MU", ["Input.Promises[0]"] = "bags",
            })).StatusCode);
        }
        Assert.Equal(new[] { HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests }, answers);
    }

    [Fact]
    public async Task Sign_in_is_limited_too()
    {
        var client = site.Browser();
        HttpStatusCode last = default;
        for (var i = 0; i < 4; i++)
        {
            last = (await client.SubmitAsync("/en/account/sign-in", new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "wrong-" + i,
            })).StatusCode;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}
