namespace Learning.Core.Content;

public static class ContentTypes
{
    public const string Page = "Page";
    public const string News = "News";
    public const string CampaignPage = "CampaignPage";

    public static IReadOnlyList<string> All { get; } = [Page, News, CampaignPage];

    /// <summary>The public path of an item: pages at the root of a culture, the others under their own segment.</summary>
    public static string PathOf(string contentType, string culture, string slug) => contentType switch
    {
        News => $"/{culture}/news/{slug}",
        CampaignPage => $"/{culture}/campaigns/{slug}",
        _ => slug.Length == 0 ? $"/{culture}/" : $"/{culture}/{slug}",
    };

    /// <summary>The home page of a language: the page with the empty slug.</summary>
    public static string Home(string culture) => PathOf(Page, culture, "");
}
