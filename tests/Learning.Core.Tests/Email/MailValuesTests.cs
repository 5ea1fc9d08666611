using Learning.Core.Content;
using Learning.Core.Email;

namespace Learning.Core.Tests.Email;

public class MailValuesTests
{
    private static readonly MarkdownRenderer Markdown = new();

    private static string Html(string value) => Markdown.ToHtml("Hello " + MailValues.EscapeMarkdown(value) + ",\n\n" + MailValues.EscapeMarkdown(value));

    [Theory]
    [InlineData("[Click to win](https://evil.example/phish) **urgent**")]
    [InlineData("<https://evil.example/phish>")]
    [InlineData("https://evil.example/phish")]
    [InlineData("www.evil.example")]
    [InlineData("mailto:boss@evil.example")]
    [InlineData("![x](https://evil.example/pixel.png)")]
    [InlineData("_urgent_ ~~old~~ ==new== ^up^ `code`")]
    [InlineData("# Heading\n- item\n1. first\n> quote\n---")]
    [InlineData("| a | b |\n|---|---|\n| c | d |")]
    [InlineData("&lt;b&gt;bold&lt;/b&gt; &amp;")]
    public void A_value_renders_as_the_characters_it_holds(string value)
    {
        var html = Html(value);

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
        foreach (var tag in new[] { "<strong", "<em", "<del", "<code", "<h1", "<ul", "<ol", "<blockquote", "<hr", "<table", "<mark", "<sup", "<ins" })
        {
            Assert.DoesNotContain(tag, html);
        }
        Assert.Contains(System.Net.WebUtility.HtmlEncode(value.Split('\n')[0]).Replace("&#39;", "'"), html.Replace("&#39;", "'"));
    }

    [Theory]
    [InlineData("Jean-Luc O'Neil", "Jean-Luc O'Neil")]
    [InlineData("Cohort 3. Nairobi, 10:00", "Cohort 3. Nairobi, 10:00")]
    [InlineData("مرحبا 85%", "مرحبا 85%")]
    public void Everyday_text_keeps_its_look_in_the_text_part(string value, string expected)
    {
        Assert.Equal(expected, MailValues.EscapeMarkdown(value));
    }

    [Fact]
    public void An_address_the_site_built_stays_a_link_and_a_subject_stays_one_line()
    {
        var model = new Dictionary<string, object?> { ["link"] = new Uri("https://learning.example/en/learning"), ["name"] = "A\r\nBcc: x@evil.example" };

        Assert.Equal("<https://learning.example/en/learning>", MailValues.ForMarkdown(model)["link"]);
        Assert.Contains("href=\"http://localhost/en/x\"", Markdown.ToHtml("Open " + MailValues.ForMarkdown(new Dictionary<string, object?> { ["l"] = new Uri("http://localhost/en/x") })["l"]));
        Assert.Equal("A Bcc: x@evil.example", MailValues.ForSubject(model)["name"]);
    }
}
