using Learning.Core.Cultures;
using Learning.Core.Impact;
using Learning.Impact.Report;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Impact;

/// <summary>Hand-built figures and the site's real translations, for rendering reports without a site.</summary>
public static class ReportSamples
{
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 12, 31);

    private static readonly TranslationCatalog Translations = Learning.Web.Composition.LocalizationRegistration.Translations(Learning.Web.Composition.Modules.Create());

    public static ReportLanguage Language(string culture)
    {
        var cultures = new CultureCatalog();
        cultures.Load(
        [
            new Language { Culture = "en", NativeName = "English", EnglishName = "English", Order = 1 },
            new Language { Culture = "ar", NativeName = "العربية", EnglishName = "Arabic", RightToLeft = true, Order = 2 },
            new Language { Culture = "th", NativeName = "ไทย", EnglishName = "Thai", Order = 3 },
            new Language { Culture = "zh-Hans", NativeName = "中文（简体）", EnglishName = "Chinese (Simplified)", Order = 4 },
        ]);
        return new ReportLanguages(Translations, cultures).For(culture);
    }

    /// <summary>Titles and labels are msgids the PO files translate already, so the report shows them translated.</summary>
    public static IReadOnlyList<ImpactSection> Sections(int runs = 3) =>
    [
        new("courses", "Courses", [new("learners", "Learners", 12345), new("certificates", "Certificates", 6789)],
        [
            new("countries", "Country", ImpactRowKind.Country, "Country", ["Certificates"],
                [new("KE", [4321]), new("TH", [1200]), new("CN", [987]), new("EG", [55])]),
            new("languages", "Language", ImpactRowKind.Language, "Language", ["Certificates", "Learners"],
                [new("ar", [300, 3100]), new("th", [200, 2050]), new("zh-Hans", [100, 1999])]),
        ]),
        new("runs", "Status", [new("runs", "Progress", runs)],
        [
            new("by-run", "Status", ImpactRowKind.Text, "Status", ["Learners"],
                Enumerable.Range(1, runs).Select(n => new ImpactRow($"Run {n}", [n * 10L])).ToList()),
        ]),
    ];

    public static ReportContent Content(string culture, int runs = 3) => new(Language(culture), From, To, null, Sections(runs));
}
