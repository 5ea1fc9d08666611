using System.Collections.Concurrent;
using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>
/// The UI translations: one PO file per culture in a folder (<c>Localization/fr.po</c>).
/// English is the source language, so its msgids are the fallback.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly ConcurrentDictionary<string, PoFile?> files = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(string folder) => Folder = folder;

    public string Folder { get; }

    public PoFile? For(string culture) => files.GetOrAdd(culture, c =>
    {
        var path = Path.Combine(Folder, c + ".po");
        return File.Exists(path) ? PoFile.Load(path) : null;
    });

    public string Translate(string id, CultureInfo culture, string? context = null) =>
        For(culture.Name)?.Find(id, context)?.Translations[0] ?? id;

    public string TranslatePlural(long count, string singular, string plural, CultureInfo culture)
    {
        var file = For(culture.Name);
        if (file?.Find(singular) is { PluralId: not null } entry)
        {
            return entry.Translations[Math.Min(file.Plural.FormFor(count), entry.Translations.Count - 1)];
        }
        return count == 1 ? singular : plural;
    }
}
