using System.Globalization;
using Learning.Core.Impact;
using Learning.Impact.Report;

namespace Learning.Impact.Dashboard;

/// <summary>
/// Turns the sources' msgids, codes and numbers into what a reader of the current language sees,
/// on the page and in downloads alike: the report's own wording, in the request's language.
/// </summary>
public sealed class ImpactLabels(ReportLanguages languages)
{
    private ReportLanguage? current;

    // A scope serves one request, whose language does not change half-way.
    private ReportLanguage Current => current ??= languages.For(CultureInfo.CurrentUICulture.Name);

    public string Text(string msgid) => Current.Text(msgid);

    public string Row(ImpactRowKind kind, string key) => Current.Label(kind, key);

    public string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public IEnumerable<string> ByName(IEnumerable<string> countryCodes) =>
        countryCodes.OrderBy(c => Row(ImpactRowKind.Country, c), StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true));

    public bool RightToLeft => Current.RightToLeft;
}
