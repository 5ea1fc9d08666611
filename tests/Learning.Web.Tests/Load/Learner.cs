using System.Net;
using AngleSharp.Html.Dom;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Load;

/// <summary>
/// A signed-in learner working through their edition in order: a lesson, "mark as done" (the form
/// and its antiforgery token), on to where the site sends them, and each unit's quiz while attempts
/// are left. Back at the start when the edition is done, as someone revising would be.
/// </summary>
public sealed class Learner(HttpClient client, string culture, string edition, IReadOnlyList<string> items) : VirtualUser(client, "learner")
{
    private int position;

    protected override async Task StepAsync()
    {
        var item = items[position++ % items.Count];
        var url = $"/{culture}/learning/{edition}/{item}";
        if (position % 8 == 0)
        {
            Expect(await Client.GetAsync($"/{culture}/learning"), HttpStatusCode.OK, "my learning");
        }
        var page = await Client.GetDocumentAsync(url);
        await ThinkAsync();
        if (item.StartsWith("lessons/"))
        {
            await FollowAsync(await Client.SubmitAsync(page, url, new Dictionary<string, string>(), "form[action*='handler=Done']"), url);
        }
        else if (page.QuerySelector("main form[method=post] button[type=submit]") is not null)
        {
            Expect(await Client.SubmitAsync(page, url, FirstOptions(page)), HttpStatusCode.OK, url);
        }
    }

    /// <summary>The first option of every question: enough to be scored, not always enough to pass.</summary>
    private static Dictionary<string, string> FirstOptions(IHtmlDocument quiz) =>
        quiz.QuerySelectorAll("main form[method=post] input[name^='q-']").OfType<IHtmlInputElement>()
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
}
