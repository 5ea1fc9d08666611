using System.Text.Json.Nodes;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Interop;

/// <summary>
/// The public pages in every language, read by the Nu HTML checker (the W3C validator's engine,
/// vnu-jar from npm, run by Debian's Java): no page may have an error against the HTML standard.
/// </summary>
public sealed class HtmlConformanceTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly string[] Cultures = ["en", "es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];

    private static readonly string[] Pages =
    [
        "", "courses", "courses/mooc-marine-litter", "mooc", "about", "clean-seas", "clean-seas/pledges", "clean-seas/pledge",
        "tide-turners", "training", "impact", "account/sign-in", "account/register",
    ];

    [Fact]
    public async Task Every_public_page_in_every_language_is_valid_html()
    {
        var folder = Path.Combine(TestEnvironment.Artifacts, "html", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var culture in Cultures)
        {
            foreach (var page in Pages)
            {
                var html = await PageAsync($"/{culture}/{page}");
                var file = Path.Combine(folder, $"{culture}-{(page.Length == 0 ? "home" : page.Replace('/', '-'))}.html");
                await File.WriteAllTextAsync(file, html);
                files.Add(file);
            }
        }

        var verdict = await OutsideTool.RunAsync("java", ["-jar", NuChecker, "--errors-only", "--format", "json", .. files]);

        var messages = JsonNode.Parse(verdict.Errors)!["messages"]!.AsArray()
            .Select(m => $"{Path.GetFileName(new Uri(m!["url"]!.GetValue<string>()).LocalPath)}:{m["lastLine"]}: {m["message"]}").ToList();
        Assert.True(messages.Count == 0 && verdict.ExitCode == 0, string.Join("\n", messages.Take(60)) + "\n" + verdict.Output);
    }

    /// <summary>The page, after the redirect from an English slug to the language's own.</summary>
    private async Task<string> PageAsync(string url)
    {
        var response = await site.Browser().GetAsync(url);
        if (response.StatusCode == System.Net.HttpStatusCode.Redirect)
        {
            response = await site.Browser().GetAsync(response.Headers.Location!.OriginalString);
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static string NuChecker => Path.Combine(TestEnvironment.Interop, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
}
