using System.Net;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Load;

/// <summary>A visitor who is not signed in, reading the public pages of one language.</summary>
public sealed class Reader(HttpClient client, IReadOnlyList<string> pages) : VirtualUser(client, "reader")
{
    private static readonly string[] Private = ["/account/", "/learning", "/my", "/teach", "/groups", "/review", "/apply", "/my-pledge", "/admin"];

    protected override async Task StepAsync()
    {
        var page = pages[Random.Shared.Next(pages.Count)];
        Expect(await Client.GetAsync(page), HttpStatusCode.OK, page);
    }

    /// <summary>The programmes' public pages in the language, and whatever public page its home page's menus lead to.</summary>
    public static async Task<List<string>> PagesAsync(HttpClient visitor, string culture, long publishedCommitment)
    {
        var home = await visitor.GetDocumentAsync($"/{culture}/");
        var pages = new List<string>
        {
            $"/{culture}/", $"/{culture}/courses", $"/{culture}/courses?lang=th", $"/{culture}/courses/mooc-marine-litter",
            $"/{culture}/tide-turners", $"/{culture}/clean-seas", $"/{culture}/clean-seas/pledges",
            $"/{culture}/clean-seas/pledges?kind=government", $"/{culture}/clean-seas/countries/KE",
            $"/{culture}/clean-seas/commitments/{publishedCommitment}", $"/{culture}/impact",
        };
        pages.AddRange(home.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith($"/{culture}/") && !Private.Any(href.Contains)));
        var distinct = pages.Distinct().ToList();
        foreach (var page in distinct)
        {
            await visitor.GetDocumentAsync(page);
        }
        return distinct;
    }
}
