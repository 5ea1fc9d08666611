using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;

namespace Learning.Core.Content;

/// <summary>
/// Turns what a user wrote into safe HTML: raw HTML is not parsed, and the result is sanitised again.
/// Sanitising costs more than serving a page, so results are remembered by their source text, which
/// can never go stale.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private const int Remembered = 4096;

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();
    private readonly ConcurrentDictionary<string, string> rendered = new(StringComparer.Ordinal);

    public string ToHtml(string markdown)
    {
        if (rendered.TryGetValue(markdown, out var html))
        {
            return html;
        }
        if (rendered.Count >= Remembered)
        {
            rendered.Clear();
        }
        return rendered[markdown] = sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }

    public string Sanitize(string html) => sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        return sanitizer;
    }
}
