using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Learning.Core.Content;
using Learning.Core.Email;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Interop;

namespace Learning.Web.Tests.Email;

/// <summary>
/// What a person writes (a display name, a title, a comment) goes into e-mail the site signs. In every
/// template of every recipe, in every language, it must come out as the characters it holds: never a
/// link, never formatting, in the HTML part and in the text part alike.
/// </summary>
[Trait("Category", "Security")]
public sealed partial class TemplateEscapingTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Payload = "[Click to win](https://evil.example/phish) **urgent** <https://evil.example/b> _now_";

    [GeneratedRegex(@"\{\{\s*(\w+)|\{%\s*(?:if|unless)\s+(\w+)")]
    private static partial Regex Variable();

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in RecipeTemplates())
        {
            data.Add(template.Name, template.Culture);
        }
        return data;
    }

    /// <summary>The templates of every recipe and those the modules ship.</summary>
    private static IEnumerable<EmailTemplate> RecipeTemplates() =>
        Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes"), "*.recipe.json")
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!["steps"]!.AsArray())
            .Concat(Learning.Web.Composition.Modules.Create().Modules.SelectMany(m => m.Templates).Select(t => (JsonNode)t.AsStep()))
            .Where(step => step!["name"]!.GetValue<string>() == "EmailTemplates")
            .SelectMany(step => step!["data"]!.AsArray())
            .Select(t => new EmailTemplate
            {
                Name = t!["name"]!.GetValue<string>(), Culture = t["culture"]!.GetValue<string>(),
                Subject = t["subject"]!.GetValue<string>(), Body = t["body"]!.GetValue<string>(),
            });

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_shows_a_written_value_as_text(string name, string culture)
    {
        var template = RecipeTemplates().Single(t => t.Name == name && t.Culture == culture);
        var model = Variable().Matches(template.Subject + template.Body).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Distinct().ToDictionary(v => v, v => v is "link" or "url" ? new Uri("https://learning.example/en/x") : (object?)Payload);

        var mail = RenderedMail.Of(template, model, new LiquidTemplates(), new MarkdownRenderer());

        var html = new HtmlParser().ParseDocument(mail.Html);
        Assert.All(html.QuerySelectorAll("a"), a => Assert.DoesNotContain("evil.example", a.GetAttribute("href") ?? ""));
        Assert.Empty(html.QuerySelectorAll("strong, em, b, i, code, h1, h2, h3, del, mark"));
        if (model.Values.Contains(Payload))
        {
            Assert.Contains(Payload, html.Body!.TextContent);
            Assert.Contains(@"\[Click to win\](https\://evil.example/phish) \*\*urgent\*\*", mail.Text);
        }
    }

    [Fact]
    public async Task A_display_name_written_as_markdown_arrives_as_text_when_read_by_pythons_mail_parser()
    {
        var email = $"markdown-{Guid.NewGuid():N}@example.org";
        var register = await site.Browser().SubmitAsync("/en/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "[Click to win](https://evil.example/phish) **urgent**",
            ["Input.Email"] = email, ["Input.Password"] = AccountFlows.Password, ["Input.ConfirmPassword"] = AccountFlows.Password,
        });
        Assert.Contains("confirm", await register.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await AccountFlows.DeliveredLinkAsync(site, email, "confirm-email");
        var file = Directory.GetFiles(site.PickupFolder, "*.eml").Single(f => File.ReadAllText(f).Contains(email));

        var verdict = await OutsideTool.RunAsync(TestEnvironment.Python, [Path.Combine(TestEnvironment.Interop, "mail-parts.py"), file]);

        Assert.True(verdict.ExitCode == 0, verdict.ToString());
        var mail = JsonNode.Parse(verdict.Output)!;
        Assert.DoesNotContain(mail["links"]!.AsArray(), l => l!.GetValue<string>().Contains("evil.example"));
        Assert.Contains(mail["links"]!.AsArray(), l => l!.GetValue<string>().Contains("/account/confirm-email"));
        Assert.Empty(mail["formatted"]!.AsArray());
        Assert.Contains("[Click to win](https://evil.example/phish) **urgent**", mail["html_text"]!.GetValue<string>());
        Assert.Contains(@"\[Click to win\](https\://evil.example/phish) \*\*urgent\*\*", mail["text"]!.GetValue<string>());
    }
}
