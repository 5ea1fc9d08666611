using System.Net;
using AngleSharp.Html.Dom;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Load;

/// <summary>
/// A Tide Turners leader ticking, level by level, one or two more activities their youths did,
/// with a line of evidence each; the form posts the whole grid, ticked boxes included, as a browser does.
/// </summary>
public sealed class Leader(HttpClient client, string culture, long group, IReadOnlyList<string> levels) : VirtualUser(client, "leader")
{
    private int level;

    protected override async Task StepAsync()
    {
        var url = $"/{culture}/tide-turners/groups/{group}?level={levels[level]}";
        var page = await Client.GetDocumentAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("form[action*='handler=Record']")!;
        var boxes = form.QuerySelectorAll("input[name=done]").OfType<IHtmlInputElement>().ToList();
        var open = boxes.Where(b => !b.IsChecked).OrderBy(_ => Random.Shared.Next()).Take(Random.Shared.Next(1, 3)).ToList();
        if (open.Count == 0)
        {
            level = (level + 1) % levels.Count;
            return;
        }
        await ThinkAsync();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("level", levels[level]),
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        foreach (var box in boxes.Where(b => b.IsChecked).Concat(open))
        {
            var evidence = form.QuerySelector($"input[name='evidence[{box.Value}]']")?.GetAttribute("value");
            fields.Add(new("done", box.Value));
            fields.Add(new($"evidence[{box.Value}]", string.IsNullOrEmpty(evidence) ? "Beach clean-up with the group on Saturday" : evidence));
        }
        await FollowAsync(await Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields)), url);
    }
}
