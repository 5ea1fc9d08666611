using System.Text;
using Learning.Certificates.Tests;
using Learning.Impact.Report;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Impact;

/// <summary>
/// Reports rendered from hand-built figures and read back from the PDF in the three hardest
/// scripts: headings translated, figures formatted the language's way, countries named in it,
/// every glyph drawn. The PDFs are kept in artifacts/reports for a person to look at.
/// </summary>
public class ReportRenderingTests
{
    private static readonly ReportRenderer Renderer = new();

    public static TheoryData<string> Scripts => ["ar", "th", "zh-Hans"];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_report_reads_back_translated_with_its_figures_and_country_names(string culture)
    {
        var content = ReportSamples.Content(culture);
        var language = content.Language;
        var bytes = Renderer.Render(content);
        Keep($"report-{culture}.pdf", bytes);

        var text = AllText(bytes);

        Assert.NotEqual("Certificates", language.Text("Certificates"));
        Assert.NotEqual("Kenya", language.CountryName("KE"));
        foreach (var expected in new[]
                 {
                     language.Text("Progress report"), language.Text("Courses"), language.Text("Certificates"), language.Text("Country"),
                     language.Number(12345), language.Number(6789), language.Number(4321), language.Number(3100),
                     language.CountryName("KE"), language.CountryName("TH"), language.CountryName("CN"), language.CountryName("EG"),
                     language.LanguageName("ar"), language.LanguageName("th"), language.LanguageName("zh-Hans"), "Run 3",
                 })
        {
            Assert.Contains(expected.Normalize(NormalizationForm.FormC), text);
        }
        Assert.DoesNotContain("\uFFFD", text);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_page_has_its_fonts_embedded_and_no_empty_box(string culture)
    {
        var bytes = Renderer.Render(ReportSamples.Content(culture, runs: 80));

        foreach (var page in Pages(bytes))
        {
            using var pdf = page;
            Assert.Empty(pdf.UnembeddedFonts());
            Assert.Empty(pdf.FontsNotIdentityEncoded());
            Assert.Equal(0, pdf.NotdefGlyphs());
        }
    }

    [Fact]
    public void A_long_table_runs_on_over_numbered_a4_pages()
    {
        var content = ReportSamples.Content("en", runs: 120);
        var bytes = Renderer.Render(content);

        var pages = Pages(bytes);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            using var pdf = page;
            Assert.Equal((595, 842), ((int)Math.Round(pdf.Page.Width), (int)Math.Round(pdf.Page.Height)));
        }
        var text = AllText(bytes);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", text);
        Assert.Contains("Run 120", text);
        Assert.Contains(content.Language.Number(1200), text);
    }

    [Fact]
    public void Arabic_puts_the_row_label_on_the_right_and_its_number_on_the_left()
    {
        var language = ReportSamples.Language("ar");
        using var pdf = new RenderedPdf(Renderer.Render(ReportSamples.Content("ar")));

        var row = pdf.Page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - Baseline(pdf, language.Number(4321))) < 0.5).ToList();
        var number = row.Where(l => char.IsDigit(l.Value[0])).Max(l => l.StartBaseLine.X);
        var label = row.Where(l => char.IsLetter(l.Value[0])).Min(l => l.StartBaseLine.X);
        Assert.True(number < label, $"number ends at {number}, label starts at {label}");
    }

    [Fact]
    public void The_same_figures_render_to_the_same_bytes()
    {
        Assert.Equal(Renderer.Render(ReportSamples.Content("th")), Renderer.Render(ReportSamples.Content("th")));
    }

    /// <summary>The baseline of the first line whose letters spell <paramref name="text"/> (the table row, which comes before the chart).</summary>
    private static double Baseline(RenderedPdf pdf, string text)
    {
        var lines = pdf.Page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key);
        return lines.First(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).Contains(text)).Key;
    }

    public static string AllText(byte[] bytes) =>
        string.Concat(Pages(bytes).Select(p =>
        {
            using var page = p;
            return page.LogicalText().Normalize(NormalizationForm.FormC);
        }));

    private static List<RenderedPdf> Pages(byte[] bytes)
    {
        using var first = new RenderedPdf(bytes);
        return Enumerable.Range(1, first.PageCount).Select(n => new RenderedPdf(bytes, n)).ToList();
    }

    private static void Keep(string fileName, byte[] bytes)
    {
        var folder = Path.Combine(TestEnvironment.Artifacts, "reports");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, fileName), bytes);
    }
}
