using Learning.Core.Caching;

namespace Learning.Core.Content;

/// <summary>An entry of a menu, pointing at a localization set so every language shows its own translation.</summary>
public class MenuItem : IPublicContent
{
    public string Id { get; set; } = "";
    public string Menu { get; set; } = "main";
    public string LocalizationSet { get; set; } = "";
    public int Order { get; set; }
}
