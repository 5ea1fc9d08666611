using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Learning.Core.Cultures;

/// <summary>IStringLocalizer over the PO catalog, so views, validation messages and e-mails share one set of translations.</summary>
public sealed class PoStringLocalizer(TranslationCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name] => Localize(name, []);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.For(CultureInfo.CurrentUICulture.Name)?.Entries.Values
            .Select(e => new LocalizedString(e.Id, e.Translations.FirstOrDefault() ?? e.Id)) ?? [];

    /// <summary>Chooses the plural form for <paramref name="count"/> by the language's own rule.</summary>
    public string Plural(long count, string singular, string plural, params object[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = catalog.TranslatePlural(count, singular, plural, culture);
        return string.Format(culture, format, [count, .. arguments]);
    }

    private LocalizedString Localize(string name, object[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = catalog.Translate(name, culture);
        var value = arguments.Length == 0 ? format : string.Format(culture, format, arguments);
        return new LocalizedString(name, value, resourceNotFound: ReferenceEquals(format, name) && culture.Name != "en");
    }
}

public sealed class PoStringLocalizerFactory(PoStringLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}
