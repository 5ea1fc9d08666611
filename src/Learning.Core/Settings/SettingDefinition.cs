namespace Learning.Core.Settings;

/// <summary>
/// A setting a module understands, with the check its value must pass and the kind of input the
/// settings page offers for it (an HTML input type: <c>text</c>, <c>email</c>, ...).
/// </summary>
public sealed record SettingDefinition(string Key, string Description, Func<string, string?> Check, string InputType = "text")
{
    public static SettingDefinition Text(string key, string description, int maxLength = 200) =>
        new(key, description, v => v.Length is > 0 && v.Length <= maxLength ? null : $"must be 1 to {maxLength} characters");
}
