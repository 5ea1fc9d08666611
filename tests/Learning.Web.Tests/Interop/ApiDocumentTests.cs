using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Courses;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;

namespace Learning.Web.Tests.Interop;

/// <summary>
/// The API document as software we did not write reads it: swagger-parser validates
/// <c>/openapi/v1.json</c>, and every answer the API gives here (to a visitor and to a learner, found
/// and not found, JSON and files) must have its status and media type documented and its JSON body
/// valid against the documented schema (Ajv, with formats: a date-time without an offset fails).
/// </summary>
public abstract partial class ApiDocumentTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly JsonArray answers = [];

    [GeneratedRegex(@"^(/openbadges/(?:issuer/keys|achievements|credentials))/[^/?]+")]
    private static partial Regex Parameterised();

    private async Task AskAsync(HttpClient client, string url, HttpStatusCode expected, HttpContent? post = null)
    {
        var response = post is null ? await client.GetAsync(url) : await client.PostAsync(url, post);
        Assert.Equal(expected, response.StatusCode);
        var contentType = response.Content.Headers.ContentType?.ToString();
        var body = await response.Content.ReadAsStringAsync();
        var path = new Uri("http://site" + url).AbsolutePath;
        var answer = new JsonObject
        {
            ["path"] = Parameterised().Replace(path, m => m.Groups[1].Value + "/{id}"),
            ["method"] = post is null ? "get" : "post", ["status"] = (int)response.StatusCode, ["contentType"] = contentType,
        };
        if (contentType?.Contains("json") == true && body.Length > 0)
        {
            answer["bodyFile"] = OutsideTool.FileFor("answer.json", body);
        }
        answers.Add(answer);
    }

    [Fact]
    public async Task Every_answer_of_the_api_is_what_the_document_says()
    {
        await CourseSite.ImportAsync(site, CourseRecipe.Json());
        var (_, _, badges) = await ChallengeSite.ApprovedGroupAsync(site, "Api Sea Scouts", ["Tumaini"]);
        var visitor = site.Browser();
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, $"api-{Guid.NewGuid():N}@example.org");
        await learner.SubmitAsync($"/en/courses/{CourseRecipe.Slug}", new Dictionary<string, string> { ["editionId"] = "test-en" }, "form[action*='handler=Enrol']");

        await AskAsync(visitor, "/api/courses", HttpStatusCode.OK);
        await AskAsync(visitor, "/api/courses?lang=th&when=upcoming", HttpStatusCode.OK);
        await AskAsync(visitor, "/api/courses/progress", HttpStatusCode.Unauthorized);
        await AskAsync(learner, "/api/courses/progress", HttpStatusCode.OK);
        await AskAsync(visitor, "/api/clean-seas/pledges", HttpStatusCode.OK);
        await AskAsync(visitor, "/api/clean-seas/pledges?sdg=99.9", HttpStatusCode.BadRequest);
        await AskAsync(visitor, "/api/clean-seas/pledges.csv", HttpStatusCode.OK);
        await AskAsync(visitor, "/api/clean-seas/pledges.xlsx", HttpStatusCode.OK);
        await AskAsync(visitor, "/api/clean-seas/pledges.csv?region=nowhere", HttpStatusCode.BadRequest);
        await AskAsync(visitor, "/openbadges/issuer", HttpStatusCode.OK);
        await AskAsync(visitor, "/openbadges/issuer/key", HttpStatusCode.OK);
        await AskAsync(visitor, "/openbadges/issuer/keys/key-1", HttpStatusCode.OK);
        await AskAsync(visitor, "/openbadges/issuer/keys/key-404", HttpStatusCode.NotFound);
        await AskAsync(visitor, "/openbadges/achievements/entry", HttpStatusCode.OK);
        await AskAsync(visitor, "/openbadges/achievements/nothing", HttpStatusCode.NotFound);
        await AskAsync(visitor, $"/openbadges/credentials/{badges[0].Id}", HttpStatusCode.OK);
        await AskAsync(visitor, $"/openbadges/credentials/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await AskAsync(visitor, "/openbadges/verify", HttpStatusCode.OK, new StringContent(badges[0].Jwt, Encoding.ASCII, "text/plain"));
        await AskAsync(visitor, "/openbadges/verify", HttpStatusCode.OK, new StringContent(badges[0].Jwt, Encoding.ASCII, "application/vc+jwt"));
        await AskAsync(visitor, "/openbadges/verify", HttpStatusCode.OK, new StringContent("not a credential", Encoding.ASCII, "application/x-www-form-urlencoded"));
        await AskAsync(visitor, "/openbadges/status", HttpStatusCode.OK);

        var document = OutsideTool.FileFor("openapi.json", await visitor.GetStringAsync("/openapi/v1.json"));
        var verdict = await OutsideTool.NodeAsync("openapi.mjs", document, OutsideTool.FileFor("answers.json", answers.ToJsonString()));

        Assert.True(verdict.ExitCode == 0, verdict.ToString());
    }
}

public sealed class SqliteApiDocumentTests(SqliteSite site) : ApiDocumentTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresApiDocumentTests(PostgresSite site) : ApiDocumentTests<PostgresSite>(site);
