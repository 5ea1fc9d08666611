using Learning.Certificates.Rendering;
using SkiaSharp;

namespace Learning.Certificates.Tests.Rendering;

/// <summary>
/// Lines that mix directions, drawn into a PDF and read back glyph by glyph from left to right
/// by position (<see cref="RenderedPdf.VisualText"/>), against the visual order the Unicode
/// Bidirectional Algorithm (UAX #9) prescribes. Each expected string was worked out by hand from
/// the rules named in its comment. The expected Arabic is written in visual order, left to
/// right: an editor that applies bidi to the source shows it scrambled. A mirrored bracket reads
/// as the bracket drawn, so mirroring twice, or not at all, would show.
/// </summary>
public class BidiVisualOrderTests
{
    private const float PageWidth = 600;

    private static readonly PdfTextWriter Writer = new();

    // Types below: AL Arabic letter, L Latin letter, EN European digit, AN Arabic number, ET %,
    // ES hyphen, CS slash, ON other neutral; levels are 1 for the Arabic paragraph's own text.
    [Theory]
    // W2 makes 85 an Arabic number (AN), as the last strong letter before it is Arabic; W5 then
    // does not join % to it, W6 makes % neutral, and N1 gives it level 1 (between AN, taken as R,
    // and the end of the line): the sign stands left of the number, where Arabic puts it.
    [InlineData("نسبة 85%", "%85 ةبسن")]
    // At the start of the line no Arabic letter precedes, so 85 stays EN and W5 joins % to it:
    // "85%" is one left-to-right run at level 2, first from the right.
    [InlineData("85% نسبة النجاح", "حاجنلا ةبسن 85%")]
    // W2 makes each part of the date AN; W4 joins AN only across CS, not ES, so each hyphen is
    // neutral and N1 gives it level 1 between two ANs: the three numbers are reordered as words
    // are, right to left, each read left to right.
    [InlineData("التاريخ 2026-12-07", "07-12-2026 خيراتلا")]
    // W4: a single slash (CS) between two ANs becomes AN, so the date is one run at level 2.
    [InlineData("التاريخ 07/12/2026", "07/12/2026 خيراتلا")]
    // The Latin name is one run at level 2 (N1: the space between L and L is L), kept in its
    // own order in the middle of the right-to-left sentence.
    [InlineData("منحت Maria Silva الشهادة", "ةداهشلا Maria Silva تحنم")]
    // 2026 follows an Arabic letter: W2 makes it AN (level 2). The space after it lies between
    // AN (R) and L, so N2 gives it the paragraph's level 1, which separates the number from the
    // name: reading from the right, the number comes before the name, so it stands right of it.
    [InlineData("الفائزة 2026 Maria Silva", "Maria Silva 2026 ةزئافلا")]
    // 85 follows a Latin letter: it stays EN, W5 joins % to it and W7 makes both L, so the
    // percentage belongs to the name's run and keeps its sign on the right.
    [InlineData("الفائزة Maria Silva 85%", "Maria Silva 85% ةزئافلا")]
    // The brackets take the Arabic's level 1 (N0), so the whole line is right to left and each
    // bracket is drawn mirrored (L4): the opening one, first from the right, is drawn as ")",
    // the closing one on the left as "(", and the pair encloses the word as written.
    [InlineData("(مثال)", "(لاثم)")]
    // N0: the pair holds only a number (AN, taken as R), the paragraph's direction, so both
    // brackets get level 1 and are mirrored; 2026 alone is at level 2.
    [InlineData("الدورة [2026]", "[2026] ةرودلا")]
    // N0: the pair holds L (after W7 the number is L), opposite to the paragraph, and the strong
    // letter before "(" is L too, so both brackets are L: "Maria Silva (2026)" is one run at level
    // 2, not mirrored.
    [InlineData("شهادة Maria Silva (2026) بامتياز", "زايتماب Maria Silva (2026) ةداهش")]
    public void A_right_to_left_line_comes_out_in_uax9_visual_order(string logical, string visual)
    {
        using var pdf = new RenderedPdf(Draw(logical, "ar", rightToLeft: true));

        Assert.Equal(visual, pdf.VisualText());
    }

    [Theory]
    // The Arabic phrase, its inner space included (N1: between R and R), is one run at level 1,
    // reversed in place; the spaces around it lie between L and R and take the paragraph's 0.
    [InlineData("Welcome to مساق مفتوح online", "Welcome to حوتفم قاسم online")]
    // 2 follows Arabic letters: W2 makes it AN, and I1 raises an AN at level 0 to level 2. The
    // space before it lies between R and AN (R): level 1. So L2 reverses "مساق مفتوح 2" as a
    // whole, and the number ends up left of the phrase.
    [InlineData("The course مساق مفتوح 2 ends", "The course 2 حوتفم قاسم ends")]
    // 85 becomes AN (W2) at level 2 and % is neutral (W6) between AN (R) and the end of the line
    // (the paragraph's L): N2 gives it level 0, so it stays at the end, right of the Arabic.
    [InlineData("Completion نسبة 85%", "Completion 85 ةبسن%")]
    // N0: the pair holds only R, and the strong letter before it is L, the paragraph's
    // direction, so the brackets are L and not mirrored; 2026 is AN (W2) at level 2.
    [InlineData("Course (مثال) 2026", "Course (لاثم) 2026")]
    public void A_left_to_right_line_with_an_arabic_phrase_comes_out_in_uax9_visual_order(string logical, string visual)
    {
        using var pdf = new RenderedPdf(Draw(logical, "en", rightToLeft: false));

        Assert.Equal(visual, pdf.VisualText());
    }

    [Fact]
    public void A_certificate_lays_out_the_holder_name_in_uax9_visual_order()
    {
        var renderer = new CertificateRenderer();
        using var pdf = new RenderedPdf(renderer.Render(Samples.Document("ar", "فاطمة 2026 Maria Silva")));

        // As in "الفائزة 2026 Maria Silva" above: the number stands right of the Latin name.
        var nameBaseline = CertificateLayout.PageHeight - 258;
        Assert.Equal("Maria Silva 2026 ةمطاف", pdf.VisualText(l => Math.Abs(l.StartBaseLine.Y - nameBaseline) < 1));
    }

    /// <summary>One line on a page of its own, drawn as the progress report draws its lines.</summary>
    private static byte[] Draw(string text, string culture, bool rightToLeft)
    {
        var line = Writer.Shape(text, culture, rightToLeft);
        Assert.False(line.HasMissingGlyphs);
        using var typefaces = new PdfTypefaces([line]);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(PageWidth, 60);
            typefaces.Draw(canvas, line, 20, 40, PageWidth - 40, 14, SKColors.Black, rightToLeft ? TextAlign.Right : TextAlign.Left);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }
}
