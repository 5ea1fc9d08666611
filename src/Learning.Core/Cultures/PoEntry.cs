namespace Learning.Core.Cultures;

/// <summary>One translation unit of a gettext PO file.</summary>
public sealed record PoEntry(string? Context, string Id, string? PluralId, IReadOnlyList<string> Translations, bool Fuzzy)
{
    public bool IsTranslated => !Fuzzy && Translations.Count > 0 && Translations.All(t => t.Length > 0);

    public static string Key(string? context, string id) => context is null ? id : context + "\u0004" + id;
}
