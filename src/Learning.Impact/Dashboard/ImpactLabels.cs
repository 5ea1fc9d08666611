using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Impact;

namespace Learning.Impact.Dashboard;

/// <summary>Turns the sources' msgids, codes and numbers into what a reader of the current language sees, on the page and in downloads alike.</summary>
public sealed class ImpactLabels(PoStringLocalizer t, CultureCatalog cultures)
{
    public string Text(string msgid) => t[msgid];

    public string Row(ImpactRowKind kind, string key) => kind switch
    {
        ImpactRowKind.Country => key.Length == 0 ? t["Regional or global"] : Countries.NameOf(key, CultureInfo.CurrentUICulture.Name),
        ImpactRowKind.Language => cultures.Find(key)?.NativeName ?? key,
        ImpactRowKind.Msgid => t[key],
        _ => key,
    };

    public string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public IEnumerable<string> ByName(IEnumerable<string> countryCodes) =>
        countryCodes.OrderBy(c => Row(ImpactRowKind.Country, c), StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true));

    public bool RightToLeft => cultures.Find(CultureInfo.CurrentUICulture.Name)?.RightToLeft == true;
}
