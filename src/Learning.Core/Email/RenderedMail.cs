using System.Globalization;
using Learning.Core.Content;

namespace Learning.Core.Email;

/// <summary>
/// One template rendered for one recipient: the subject, the text part (the Markdown itself) and the
/// HTML part rendered from it. Every template goes through here, so the values put into it are
/// escaped alike in every e-mail (<see cref="MailValues"/>).
/// </summary>
public sealed record RenderedMail(string Subject, string Text, string Html)
{
    public static RenderedMail Of(EmailTemplate template, IReadOnlyDictionary<string, object?> model, LiquidTemplates liquid, MarkdownRenderer markdown)
    {
        var culture = CultureInfo.GetCultureInfo(template.Culture);
        var text = liquid.Render(template.Body, MailValues.ForMarkdown(model), culture, html: false);
        return new RenderedMail(liquid.Render(template.Subject, MailValues.ForSubject(model), culture, html: false), text, markdown.ToHtml(text));
    }
}
