namespace Learning.Core.Settings;

public class SiteSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
