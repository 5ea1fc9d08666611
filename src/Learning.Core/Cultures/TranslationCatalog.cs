using System.Collections.Concurrent;
using System.Globalization;

namespace Learning.Core.Cultures;

/// <summary>
/// The UI translations: one PO file per culture in each of several folders (<c>Localization/Learning.Courses/fr.po</c>),
/// one folder per project, read together as one file per culture. English is the source language,
/// so its msgids are the fallback.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly ConcurrentDictionary<string, PoFile?> files = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(string folder) : this([folder])
    {
    }

    public TranslationCatalog(IEnumerable<string> folders) => Folders = folders.ToList();

    public IReadOnlyList<string> Folders { get; }

    public PoFile? For(string culture) => files.GetOrAdd(culture, c =>
    {
        var found = Folders.Select(f => Path.Combine(f, c + ".po")).Where(File.Exists).Select(PoFile.Load).ToList();
        return found.Count == 0 ? null : PoFile.Merge(found);
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
