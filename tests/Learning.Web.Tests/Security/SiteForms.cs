using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Security;

/// <summary>
/// The pages one caller can reach and the forms on them, found by following links from every route
/// the site answers, so that a new page or form is covered without anyone listing it.
/// </summary>
public sealed partial class SiteForms
{
    public sealed record Field(string Name, string Type, string Value, IReadOnlyList<string> Options)
    {
        /// <summary>A field where a person types free text, and so where a payload can go.</summary>
        public bool IsText => Type is "text" or "textarea" or "search" or "url" or "tel" or "";
    }

    public sealed record Form(string Page, string Action, bool Multipart, IReadOnlyList<Field> Fields)
    {
        public string Token => Fields.FirstOrDefault(f => f.Name == "__RequestVerificationToken")?.Value ?? "";

        public override string ToString() => $"{Action} [{string.Join(",", Fields.Select(f => f.Name).Where(n => n != "__RequestVerificationToken"))}]";
    }

    public sealed record Download(string Url, string ContentType, byte[] Body);

    private static readonly string[] OtherCultures = ["es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];
    private const int PagesPerShape = 3;

    public List<string> Pages { get; } = [];
    public List<Form> Forms { get; } = [];
    public List<Download> Downloads { get; } = [];

    /// <summary>Reads every page reachable from the site's routes, at most <paramref name="maxPages"/>, as the client's caller.</summary>
    public static async Task<SiteForms> DiscoverAsync(IServiceProvider services, HttpClient client, int maxPages = 160, Action<string, IHtmlDocument>? read = null)
    {
        var found = new SiteForms();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(EndpointCatalog.Read(services).Where(r => r.Method == "GET" && IsStart(r.Path)).Select(r => r.Path));
        var formKeys = new HashSet<string>(StringComparer.Ordinal);
        while (queue.TryDequeue(out var url) && found.Pages.Count + found.Downloads.Count < maxPages)
        {
            if (!Follows(url) || !seen.Add(url) || !TakeShape(shapes, url))
            {
                continue;
            }
            using var response = await client.GetAsync(url);
            if (response.Headers.Location is { } to)
            {
                queue.Enqueue(to.OriginalString);
                continue;
            }
            var body = await response.Content.ReadAsByteArrayAsync();
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }
            if (type != "text/html")
            {
                found.Downloads.Add(new Download(url, type, body));
                continue;
            }
            var page = Infrastructure.Pages.Parse(Encoding.UTF8.GetString(body));
            found.Pages.Add(url);
            read?.Invoke(url, page);
            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                queue.Enqueue(link.Split('#')[0]);
            }
            foreach (var form in FormsOf(url, page).Where(f => formKeys.Add(f.ToString()) && TakeShape(shapes, "form " + Signature(f))))
            {
                found.Forms.Add(form);
            }
        }
        return found;
    }

    // Routes with made-up values name nothing; the links of real pages lead to real records instead.
    private static bool IsStart(string path) =>
        !path.Contains("no-such", StringComparison.Ordinal) && !path.Contains("987654", StringComparison.Ordinal) && !path.Contains("0000-0000", StringComparison.Ordinal);

    /// <summary>Whether a link stays on this site, in English (the other languages render the same views), and keeps the session.</summary>
    public static bool Follows(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains("sign-out", StringComparison.Ordinal)
        && !url.StartsWith("/assets/", StringComparison.Ordinal) && !OtherCultures.Any(c => url.StartsWith($"/{c}/", StringComparison.Ordinal) || url == $"/{c}");

    // Many lessons or records of one kind render one view: a few of each are enough.
    private static bool TakeShape(Dictionary<string, int> shapes, string url)
    {
        var shape = Digits().Replace(url.Split('?')[0], "#") + "?" + string.Join("&", (url.Split('?').ElementAtOrDefault(1) ?? "").Split('&').Select(p => p.Split('=')[0]));
        shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
        return shapes[shape] <= PagesPerShape;
    }

    // The same form for another record or language: its fields and handler, without the record.
    private static string Signature(Form form) =>
        string.Join(",", form.Fields.Select(f => Digits().Replace(f.Name, "#")).Distinct()) + " " + (form.Action.Split('?').ElementAtOrDefault(1) ?? "") + " " + form.Action.Split('/').ElementAtOrDefault(1);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The post forms of a page, one for each button that posts elsewhere (formaction) as well.</summary>
    public static IEnumerable<Form> FormsOf(string url, IHtmlDocument page) =>
        page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => ActionsOf(url, f).Select(a => new Form(url, a, (f.GetAttribute("enctype") ?? "").Contains("multipart", StringComparison.Ordinal), FieldsOf(f))))
            .Where(f => !f.Action.Contains("sign-out", StringComparison.Ordinal));

    private static IEnumerable<string> ActionsOf(string url, IHtmlFormElement form)
    {
        var action = form.GetAttribute("action");
        var own = string.IsNullOrEmpty(action) ? url : action;
        var buttons = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction")!).ToList();
        return (buttons.Count > 0 ? buttons : [own]).Select(a => Resolve(url, a)).Distinct();
    }

    // "?handler=Save" posts to the page's own path.
    private static string Resolve(string url, string action) => action.StartsWith('?') ? url.Split('?')[0] + action : action;

    private static List<Field> FieldsOf(IElement form)
    {
        var fields = new List<Field>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name], button[name]"))
        {
            var name = element.GetAttribute("name")!;
            var type = element.LocalName switch
            {
                "textarea" => "textarea",
                "select" => "select",
                "button" => "button",
                _ => (element.GetAttribute("type") ?? "").ToLowerInvariant(),
            };
            if (type is "submit" or "reset" or "image" || (type == "button" && fields.Any(f => f.Type == "button")) || (type == "radio" && fields.Any(f => f.Name == name)))
            {
                continue;
            }
            var options = element.QuerySelectorAll("option").Select(o => o.GetAttribute("value") ?? o.TextContent).Where(v => v != "").ToList();
            var value = element.LocalName == "textarea" ? element.TextContent : element.GetAttribute("value") ?? "";
            fields.Add(new Field(name, type, value, options));
        }
        return fields;
    }

    /// <summary>What a person filling the form sensibly would send, with <paramref name="text"/> deciding each free-text field.</summary>
    public static List<KeyValuePair<string, string>> Fill(Form form, Func<Field, string> text) =>
        form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, f.IsText ? text(f) : Sensible(f))).ToList();

    private static string Sensible(Field field) => field.Type switch
    {
        "select" => field.Value != "" ? field.Value : field.Options.FirstOrDefault() ?? "",
        "number" or "range" => field.Value != "" ? field.Value : "1",
        "date" => field.Value != "" ? field.Value : DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        "datetime-local" => field.Value != "" ? field.Value : DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm"),
        "time" => field.Value != "" ? field.Value : "10:00",
        "email" => field.Value != "" ? field.Value : $"form-{Guid.NewGuid():N}@example.org",
        "password" => "Form-pass-2026!",
        "checkbox" or "radio" => field.Value != "" ? field.Value : "true",
        "file" => "",
        _ => field.Value,
    };

    /// <summary>
    /// Posts values as the form would, URL-encoded or as multipart with a small file for each file
    /// field. A value already percent-encoded by the caller (<paramref name="raw"/>) goes as it is, so
    /// bytes that are not UTF-8 can be sent.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Form form, IReadOnlyList<KeyValuePair<string, string>> values, string? action = null, ISet<string>? raw = null)
    {
        action ??= form.Action;
        if (form.Multipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in values)
            {
                var file = form.Fields.FirstOrDefault(f => f.Name == name)?.Type == "file";
                HttpContent part = raw?.Contains(name) == true ? new ByteArrayContent(WebUtility.UrlDecodeToBytes(Encoding.ASCII.GetBytes(value), 0, value.Length)) : new StringContent(value);
                if (file)
                {
                    multipart.Add(new ByteArrayContent(FileFor(value)), name, "upload.pdf");
                }
                else
                {
                    multipart.Add(part, name);
                }
            }
            return await client.PostAsync(action, multipart);
        }
        var body = string.Join("&", values.Select(v => Uri.EscapeDataString(v.Key) + "=" + (raw?.Contains(v.Key) == true ? v.Value : Uri.EscapeDataString(v.Value))));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return await client.PostAsync(action, content);
    }

    private static byte[] FileFor(string value) => Encoding.UTF8.GetBytes("%PDF-1.4\n% " + value + "\n");
}
