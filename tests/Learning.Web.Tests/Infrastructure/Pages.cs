using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Learning.Web.Tests.Infrastructure;

/// <summary>Reads pages and submits their forms the way a browser would, antiforgery token included.</summary>
public static class Pages
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}\n{Trim(html)}");
        return Parser.ParseDocument(html);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Fetches the page, fills the form (the first one, or the one matching the selector) and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IDictionary<string, string> fields, string formSelector = "main form[method=post]", string? handler = null) =>
        await client.SubmitAsync(await client.GetDocumentAsync(url), url, fields, formSelector, handler);

    /// <summary>Fills and posts a form of a page already read from <paramref name="url"/>, e.g. the second step of a confirmation.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string url, IDictionary<string, string> fields, string formSelector = "main form[method=post]", string? handler = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no form '{formSelector}' on {url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!fields.ContainsKey(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }
        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        if (handler is not null)
        {
            action += (action.Contains('?') ? "&" : "?") + "handler=" + handler;
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts fields straight to an address, with the antiforgery token of a page the client may open, as a forged or replayed form would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string tokenPage, string url, IDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password, string culture = "en")
    {
        var response = await client.SubmitAsync($"/{culture}/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in failed: {response.StatusCode}\n{Trim(await response.Content.ReadAsStringAsync())}");
    }

    private static string Trim(string html) => html.Length > 3000 ? html[..3000] : html;
}
