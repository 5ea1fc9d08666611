using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Web.Features.Content;
using Learning.Web.Localization;

namespace Learning.Web.Pages.Content;

public sealed class NewsModel(ContentStore store, MarkdownRenderer markdown, PageAlternates alternates, CultureCatalog cultures)
    : ContentPageModel(store, markdown, alternates, cultures)
{
    protected override string ContentType => ContentTypes.News;
}
