using System.Globalization;
using Learning.Core.Caching;
using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.Web.Features.Content;

/// <summary>
/// Shows a published content item in the requested language. When the item has no translation in
/// that language, the page says so and lists the languages it exists in.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public abstract class ContentPageModel(ContentStore store, MarkdownRenderer markdown, PageAlternates alternates, CultureCatalog cultures) : PageModel
{
    protected abstract string ContentType { get; }

    public ContentItemVersion? Item { get; private set; }

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public List<(Language Language, string Url)> Available { get; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        Item = await store.FindPublishedAsync(ContentType, culture, slug ?? "", HttpContext.RequestAborted);
        if (Item is not null)
        {
            Body = new HtmlString(markdown.ToHtml(Item.Body.Markdown));
            var translations = await store.PublishedTranslationsAsync(Item.Localization.Set, HttpContext.RequestAborted);
            alternates.UseTranslations(translations.ToDictionary(t => t.Localization.Culture, PathOf));
            return Page();
        }
        return await UntranslatedAsync(culture, slug ?? "");
    }

    private async Task<IActionResult> UntranslatedAsync(string culture, string slug)
    {
        var elsewhere = await store.FindPublishedInAnyCultureAsync(ContentType, slug, HttpContext.RequestAborted);
        if (elsewhere is null)
        {
            return NotFound();
        }
        var translations = await store.PublishedTranslationsAsync(elsewhere.Localization.Set, HttpContext.RequestAborted);
        if (translations.FirstOrDefault(t => t.Localization.Culture == culture) is { } translation)
        {
            return Redirect(PathOf(translation));
        }
        foreach (var t in translations)
        {
            if (cultures.Find(t.Localization.Culture) is { } language)
            {
                Available.Add((language, PathOf(t)));
            }
        }
        alternates.UseTranslations(translations.ToDictionary(t => t.Localization.Culture, PathOf));
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private static string PathOf(ContentItemVersion version) =>
        ContentTypes.PathOf(version.ContentType, version.Localization.Culture, version.Route.Slug);
}
