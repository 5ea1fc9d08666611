namespace Learning.Core;

/// <summary>
/// Reads a choice from a form, a query or a recipe by its name alone. <c>Enum.TryParse</c> also takes
/// numbers ("7", even one that names no value) and comma lists; none of those is a choice anyone offered.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? name, out TEnum value, bool ignoreCase = false) where TEnum : struct, Enum
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        value = default;
        return name is not null && Enum.GetNames<TEnum>().Any(n => string.Equals(n, name, comparison))
            && Enum.TryParse(name, ignoreCase, out value);
    }
}
