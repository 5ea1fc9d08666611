using System.Net;
using Learning.Web.Tests.Infrastructure;
using static Learning.Web.Tests.Security.EndpointCatalog;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Calls every endpoint as every kind of caller and compares what happened with the reviewed
/// matrix in authorization-matrix.txt. A new endpoint, or a changed answer, fails until the matrix
/// is reviewed and updated (LEARNING_UPDATE_MATRIX=1 rewrites it; the diff is what to review).
/// </summary>
[Trait("Category", "Security")]
public sealed class AuthorizationMatrixTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static string MatrixFile => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Learning.Web.Tests", "Security", "authorization-matrix.txt");

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_reviewed_matrix_says()
    {
        var routes = Read(site.Services);
        var answers = new Dictionary<Route, List<string>>();
        foreach (var caller in Caller.All)
        {
            var (client, token) = await caller.SignInAsync(site);
            foreach (var route in routes)
            {
                // Signing out would end the session the rest of the matrix runs in.
                var session = route.Path.Contains("sign-out") ? (await caller.SignInAsync(site)) : (client, token);
                var outcome = await OutcomeAsync(session.Item1, route, session.Item2);
                (answers.TryGetValue(route, out var list) ? list : answers[route] = []).Add($"{caller.Name}={outcome}");
            }
        }
        var actual = string.Join("\n", routes.Select(r => $"{r.Method,-5} {r.Path,-70} {string.Join(" ", answers[r])}")) + "\n";

        var reviewed = Record(actual);
        Assert.Empty(routes.Where(r => answers[r].Any(a => a.Contains("=5"))).Select(r => $"{r.Method} {r.Path}: {string.Join(" ", answers[r])}"));
        Assert.DoesNotContain(routes, r => r.Path.StartsWith("/admin", StringComparison.Ordinal) && answers[r][0] == "anonymous=200");
        var changed = actual.Split('\n').Except(reviewed.Split('\n')).Concat(reviewed.Split('\n').Except(actual.Split('\n')).Select(l => "reviewed: " + l)).ToList();
        Assert.True(changed.Count == 0, $"The site's answers differ from {MatrixFile} (see artifacts/authorization-matrix.actual.txt):\n{string.Join("\n", changed.Take(40))}");
    }

    // The Open Badges verification API: anyone may post a credential to have it checked; it changes nothing.
    private static readonly HashSet<string> ReadsOnly = ["/openbadges/verify"];

    [Fact]
    public async Task Every_form_post_without_a_valid_token_is_refused()
    {
        var (client, _) = await Caller.All[^1].SignInAsync(site);
        var accepted = new List<string>();
        foreach (var route in Read(site.Services).Where(r => r.Method == "POST" && !ReadsOnly.Contains(r.Path)))
        {
            var response = await client.PostAsync(route.Path, new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{route.Path}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(accepted);
    }

    private static async Task<string> OutcomeAsync(HttpClient client, Route route, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        if (route.Method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        }
        using var response = await client.SendAsync(request);
        var code = ((int)response.StatusCode).ToString();
        return response.Headers.Location?.OriginalString switch
        {
            null => code,
            var to when to.Contains("/account/sign-in") => code + ">sign-in",
            var to when to.Contains("/account/access-denied") => code + ">denied",
            _ => code + ">elsewhere",
        };
    }

    /// <summary>Keeps this run's answers for reading, and returns the reviewed matrix (rewritten first when asked to).</summary>
    private static string Record(string actual)
    {
        Directory.CreateDirectory(TestEnvironment.Artifacts);
        File.WriteAllText(Path.Combine(TestEnvironment.Artifacts, "authorization-matrix.actual.txt"), actual);
        if (Environment.GetEnvironmentVariable("LEARNING_UPDATE_MATRIX") == "1")
        {
            File.WriteAllText(MatrixFile, actual);
        }
        return File.Exists(MatrixFile) ? File.ReadAllText(MatrixFile) : "";
    }
}
