using Learning.Core.Caching;

namespace Learning.Core.Content;

/// <summary>
/// One version of a content item. Every save adds a version; at most one version of an item is
/// published and one is the latest. The item is made of parts, as in Orchard.
/// </summary>
public class ContentItemVersion : IPublicContent
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = ContentTypes.Page;
    public int Number { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
    public TitlePart Title { get; set; } = new();
    public BodyPart Body { get; set; } = new();
    public RoutePart Route { get; set; } = new();
    public LocalizationPart Localization { get; set; } = new();
    public string Author { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    public bool SameContentAs(ContentItemVersion other) =>
        ContentType == other.ContentType && Title.Text == other.Title.Text && Body.Markdown == other.Body.Markdown &&
        Route.Slug == other.Route.Slug && Localization.Culture == other.Localization.Culture &&
        Localization.Set == other.Localization.Set;
}

public class TitlePart
{
    public string Text { get; set; } = "";
}

public class BodyPart
{
    public string Markdown { get; set; } = "";
}

public class RoutePart
{
    public string Slug { get; set; } = "";
}

/// <summary>Links the translations of one item: all share a set, each has its own culture.</summary>
public class LocalizationPart
{
    public string Culture { get; set; } = "";
    public string Set { get; set; } = "";
}
