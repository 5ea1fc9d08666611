using Learning.Core.Content;
using Learning.Core.Cultures;

namespace Learning.Site.Content;

public static class ContentTypeNames
{
    /// <summary>The name of a content type in the admin's language.</summary>
    public static string Of(string contentType, PoStringLocalizer t) => contentType switch
    {
        ContentTypes.CampaignPage => t["Campaign page"],
        ContentTypes.News => t["News"],
        ContentTypes.Page => t["Page"],
        _ => contentType,
    };
}
