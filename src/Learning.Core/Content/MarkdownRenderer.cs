using Ganss.Xss;
using Markdig;

namespace Learning.Core.Content;

/// <summary>Turns what a user wrote into safe HTML: raw HTML is not parsed, and the result is sanitised again.</summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public string Sanitize(string html) => sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        return sanitizer;
    }
}
