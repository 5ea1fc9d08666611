using AngleSharp.Html.Dom;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Security;

/// <summary>Posts a file through an upload form of a page, with the page's antiforgery token, as a browser does.</summary>
public static class UploadForms
{
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string page, string action, string field, string fileName, byte[] content,
        IDictionary<string, string>? fields = null, string? formSelector = null)
    {
        var document = await client.GetDocumentAsync(page);
        using var form = new MultipartFormDataContent { { new StringContent(Token(document, formSelector)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(content), field, fileName);
        return await client.PostAsync(action, form);
    }

    /// <summary>The text of the page's main element, for the message shown to the user.</summary>
    public static async Task<string> MainTextAsync(this HttpResponseMessage response) =>
        Infrastructure.Pages.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent ?? "";

    private static string Token(IHtmlDocument document, string? formSelector) =>
        document.QuerySelector($"{formSelector ?? "main"} input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
