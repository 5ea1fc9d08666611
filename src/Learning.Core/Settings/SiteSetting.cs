using Learning.Core.Caching;

namespace Learning.Core.Settings;

public class SiteSetting : IPublicContent
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
