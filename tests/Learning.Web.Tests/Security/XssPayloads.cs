using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Attempts to get markup into a page, each carrying a marker (<c>xss17x</c>) so that whatever
/// reaches a page can be traced to the field it was typed into. A marker may show as text, never as
/// an element, an event handler, a script, or a URL that runs code.
/// </summary>
public static partial class XssPayloads
{
    private static readonly string[] Corpus =
    [
        "<script>alert('{m}')</script>",
        "<{m}>tag</{m}>",
        "<img src=x onerror=alert('{m}')>",
        "\"><svg onload=alert('{m}')><{m}>",
        "'><details open ontoggle=alert('{m}')><{m} a='",
        "[click me](javascript:alert('{m}'))",
        "![picture](javascript:alert('{m}'))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?{m})",
        "<a href=\"javascript:alert('{m}')\">link</a> <a href=\" jAvAsCrIpT&colon;alert('{m}')\">entity</a>",
        "javascript:alert('{m}')",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert('{m}')></style></mglyph></table></mtext></math><svg><a xlink:href=\"javascript:alert('{m}')\"><text>x</text></a></svg>",
        "</textarea></title></style></script><{m}>",
        "<div style=\"width:expression(alert('{m}'))\">css</div><iframe src=\"javascript:alert('{m}')\"></iframe>",
        "{{ '{m}' | upcase }} {% assign shout = '{m}' | upcase %}{{ shout }}",
        "\u202E{m}\u202D<{m}>\u202C\u2066",
        "=HYPERLINK(\"http://evil.example/{m}\",\"open\")",
        "@SUM(1+1)*{m} +{m} -{m}",
        new string('w', 20_000) + "<{m}>",
    ];

    public static int Count => Corpus.Length;

    public static string Marker(int id) => $"xss{id}x";

    public static string With(int payload, int id) => Corpus[payload % Corpus.Length].Replace("{m}", Marker(id), StringComparison.Ordinal);

    [GeneratedRegex(@"xss(\d+)x", RegexOptions.IgnoreCase)]
    public static partial Regex Markers();

    // The Liquid payloads shout their marker only if someone ran them as a template.
    [GeneratedRegex(@"XSS\d+X")]
    private static partial Regex Evaluated();

    /// <summary>Every place in the document where a payload became markup, code or a template.</summary>
    public static IEnumerable<string> Violations(IDocument document)
    {
        foreach (var element in document.All)
        {
            if (Markers().IsMatch(element.LocalName))
            {
                yield return $"element <{element.LocalName}>";
            }
            if (element.LocalName is "script" or "style" && Markers().IsMatch(element.TextContent))
            {
                yield return $"<{element.LocalName}> holds '{Short(element.TextContent)}'";
            }
            foreach (var attribute in element.Attributes)
            {
                if (Markers().IsMatch(attribute.Name) || (Markers().IsMatch(attribute.Value) && Runs(attribute.Name, attribute.Value)))
                {
                    yield return $"<{element.LocalName} {attribute.Name}=\"{Short(attribute.Value)}\">";
                }
            }
        }
        if (Evaluated().Match(document.DocumentElement.TextContent) is { Success: true } shout)
        {
            yield return $"template evaluated: {shout.Value}";
        }
    }

    /// <summary>Whether a text, e.g. of an e-mail, shows that a Liquid payload was run.</summary>
    public static bool EvaluatedIn(string text) => Evaluated().IsMatch(text);

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
        { "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "srcdoc", "ping", "cite", "content" };

    private static bool Runs(string name, string value) =>
        name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || (UrlAttributes.Contains(name) && RunsAsUrl(value))
        || (name == "style" && Squeezed(value).Contains("expression(", StringComparison.Ordinal));

    /// <summary>Whether a URL, as a browser reads it (spaces and control characters dropped, any case), runs code.</summary>
    public static bool RunsAsUrl(string url)
    {
        var squeezed = Squeezed(url);
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal) || squeezed.StartsWith("vbscript:", StringComparison.Ordinal) || squeezed.StartsWith("data:", StringComparison.Ordinal);
    }

    private static string Squeezed(string value) => Regex.Replace(value, @"[\s\x00-\x1f]", "").ToLowerInvariant();

    private static string Short(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
