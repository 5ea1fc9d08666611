using System.Text;
using Learning.Certificates.Rendering;

namespace Learning.Certificates.Tests.Rendering;

/// <summary>
/// Every language's certificate, read back from the PDF: the name and the code are there as
/// text, every font is embedded, no glyph is the .notdef box, the page is A4 landscape and the
/// file is small. The PDFs are kept in artifacts/certificates for a person to look at.
/// </summary>
public class CertificateRendererTests
{
    private const int MaxBytes = 60 * 1024;

    private static readonly CertificateRenderer Renderer = new();

    [Theory]
    [MemberData(nameof(Samples.AllCultures), MemberType = typeof(Samples))]
    public void Every_language_renders_readable_text_with_embedded_fonts(string culture)
    {
        var document = Samples.Document(culture);
        var bytes = Renderer.Render(document);
        Artifacts.Write($"certificate-{culture}.pdf", bytes);
        using var pdf = new RenderedPdf(bytes);

        var text = pdf.LogicalText().Normalize(NormalizationForm.FormC);
        Assert.Contains(Samples.Code, text);
        Assert.Contains(document.HolderName, text);
        Assert.Contains(document.CourseTitle, text);
        Assert.Contains(document.Wording.Title, text);
        Assert.Empty(pdf.UnembeddedFonts());
        Assert.Empty(pdf.FontsNotIdentityEncoded());
        Assert.Equal(0, pdf.NotdefGlyphs());
    }

    [Theory]
    [MemberData(nameof(Samples.AllCultures), MemberType = typeof(Samples))]
    public void Every_language_is_one_a4_landscape_page_of_at_most_60_kb(string culture)
    {
        var bytes = Renderer.Render(Samples.Document(culture));
        using var pdf = new RenderedPdf(bytes);

        Assert.Equal(1, pdf.PageCount);
        Assert.Equal(842, pdf.Page.Width, 0.5);
        Assert.Equal(595, pdf.Page.Height, 0.5);
        Assert.True(bytes.Length <= MaxBytes, $"{culture}: {bytes.Length} bytes");
    }

    [Fact]
    public void Latin_text_is_extracted_as_written_even_without_actual_text()
    {
        using var pdf = new RenderedPdf(Renderer.Render(Samples.Document("fr")));

        // PdfPig's plain text ignores /ActualText: the name must map back glyph by glyph.
        var plain = pdf.Page.Text.Normalize(NormalizationForm.FormKC);
        Assert.Contains("Françoise Lefèvre-Dubœuf", plain);
        Assert.Contains(Samples.Code, plain);
    }

    [Fact]
    public void Arabic_is_drawn_right_to_left_in_visual_order()
    {
        using var pdf = new RenderedPdf(Renderer.Render(Samples.Document("ar")));

        // The plain extraction is visual order with joining forms; normalised and reversed it reads as written.
        var visual = pdf.Page.Text.Normalize(NormalizationForm.FormKC);
        var reversed = new string(visual.Reverse().ToArray());
        Assert.Contains("فاطمة الزهراء", reversed);
        Assert.DoesNotContain("فاطمة الزهراء", visual);
    }

    [Theory]
    [InlineData("vi", "Nguyễn Thị Hồng")]
    [InlineData("vi", "Nguyễn Thị Hồng", true)]
    [InlineData("th", "ผู้ใหญ่ลี ศรีสุข")]
    [InlineData("ar", "فاطمة Smith-Jones 2024")]
    [InlineData("ar", "عبد الله (أبو محمد)")]
    [InlineData("zh-Hans", "欧阳 Wang 娜娜")]
    [InlineData("ru", "Ёлкина Алёна")]
    [InlineData("en", "Zoë Ørsted-Łukasiewicz")]
    public void Mixed_and_decomposed_names_have_no_missing_glyphs(string culture, string name, bool decomposed = false)
    {
        var holder = decomposed ? name.Normalize(NormalizationForm.FormD) : name;
        using var pdf = new RenderedPdf(Renderer.Render(Samples.Document(culture, holder)));

        Assert.Equal(0, pdf.NotdefGlyphs());
        // A line mixing directions comes back in visual order, run by run: each word must be there as written.
        var text = pdf.LogicalText().Normalize(NormalizationForm.FormC);
        Assert.All(name.Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, text));
    }

    [Fact]
    public void A_script_no_shipped_font_has_is_drawn_with_a_font_of_the_system()
    {
        // Georgian is in none of the shipped Noto files but in DejaVu Sans, which Debian installs with fontconfig.
        using var pdf = new RenderedPdf(Renderer.Render(Samples.Document("en", "ნინო ბერიძე")));

        Assert.Equal(0, pdf.NotdefGlyphs());
        Assert.Empty(pdf.UnembeddedFonts());
        Assert.Contains("ნინო ბერიძე", pdf.LogicalText());
    }

    [Theory]
    [InlineData("en", "Maria-Alexandra Konstantinopoulou-Vasilopoulou de la Santísima Trinidad y Bourbon")]
    [InlineData("ar", "عبد الرحمن بن عبد العزيز بن محمد بن عبد الله آل الشيخ الحسيني الهاشمي القرشي")]
    [InlineData("th", "พระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว มหาวชิราลงกรณ บดินทรเทพยวรางกูร")]
    public void A_long_name_is_made_smaller_to_fit_between_the_margins(string culture, string name)
    {
        var bytes = Renderer.Render(Samples.Document(culture, name));
        Artifacts.Write($"long-name-{culture}.pdf", bytes);
        using var pdf = new RenderedPdf(bytes);

        var nameLetters = pdf.Page.Letters.Where(l => l.PointSize > 15 && l.PointSize < 36 && Math.Abs(l.StartBaseLine.Y - (595 - 258)) < 1).ToList();
        Assert.NotEmpty(nameLetters);
        Assert.All(nameLetters, l => Assert.InRange(l.BoundingBox.Left, 99, 743));
        Assert.All(nameLetters, l => Assert.InRange(l.BoundingBox.Right, 99, 743));
    }

    [Fact]
    public void The_same_certificate_renders_to_the_same_bytes()
    {
        var document = Samples.Document("zh-Hans");

        Assert.Equal(Renderer.Render(document), Renderer.Render(document));
    }

    [Fact]
    public void Renders_from_many_threads_at_once()
    {
        var results = new byte[Samples.Cultures.Length * 4][];
        Parallel.For(0, results.Length, i => results[i] = Renderer.Render(Samples.Document(Samples.Cultures[i % Samples.Cultures.Length])));

        for (var i = Samples.Cultures.Length; i < results.Length; i++)
        {
            Assert.Equal(results[i % Samples.Cultures.Length], results[i]);
        }
    }
}
