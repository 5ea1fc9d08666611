using Microsoft.AspNetCore.Html;

namespace Learning.Core.Content;

/// <summary>
/// The published text of a content page in one language, as safe HTML. A programme page that took
/// over a content page's address (<c>/en/training</c>, <c>/en/clean-seas</c>) shows it, so what
/// editors wrote there is not lost.
/// </summary>
public sealed class ContentText(ContentStore store, MarkdownRenderer markdown)
{
    public async Task<IHtmlContent?> OfAsync(string localizationSet, string culture, CancellationToken ct = default)
    {
        var page = (await store.PublishedTranslationsAsync(localizationSet, ct)).FirstOrDefault(p => p.Localization.Culture == culture);
        return page is null ? null : new HtmlString(markdown.ToHtml(page.Body.Markdown));
    }
}
