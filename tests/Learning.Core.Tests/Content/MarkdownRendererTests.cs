using Learning.Core.Content;

namespace Learning.Core.Tests.Content;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("<iframe src=https://example.org></iframe>", "<iframe")]
    public void Raw_html_and_script_links_never_reach_the_page(string markdown, string forbidden)
    {
        Assert.DoesNotContain(forbidden, renderer.ToHtml(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_formatting_survives()
    {
        var html = renderer.ToHtml("## Impacts\n\n- **Entanglement** of [turtles](https://example.org/turtles)\n");

        Assert.Contains("<h2", html);
        Assert.Contains("<strong>Entanglement</strong>", html);
        Assert.Contains("href=\"https://example.org/turtles\"", html);
    }

    /// <summary>Sanitising is only as good as the sanitiser's knowledge of browsers; an older major line must not come back.</summary>
    [Fact]
    public void The_sanitiser_is_the_major_line_the_feed_serves_today()
    {
        Assert.True(typeof(Ganss.Xss.HtmlSanitizer).Assembly.GetName().Version!.Major >= 11);
    }
}
