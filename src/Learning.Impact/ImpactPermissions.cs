using Learning.Core.Modules;
using static Learning.Core.Cultures.UiText;

namespace Learning.Impact;

/// <summary>The public sees the dashboard; programme staff download its figures and produce progress reports.</summary>
public static class ImpactPermissions
{
    public const string ReportImpactName = "ReportImpact";

    public static readonly Permission ReportImpact = new(ReportImpactName, Msgid("Download impact figures and produce progress reports"));
}
