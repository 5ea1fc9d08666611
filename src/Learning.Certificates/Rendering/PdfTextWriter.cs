namespace Learning.Certificates.Rendering;

/// <summary>
/// Shapes lines with the certificates' fonts for any PDF the site draws with SkiaSharp. Holds no
/// state of its own (the fonts are shared and read-only), so one instance serves all threads.
/// </summary>
public sealed class PdfTextWriter
{
    private readonly TextShaper shaper = new(CertificateFonts.Shared);

    /// <param name="culture">The language the text is in, which picks letter forms (Serbian, Chinese...).</param>
    /// <param name="rightToLeft">The paragraph direction: a right-to-left line puts its first words on the right.</param>
    public ShapedText Shape(string text, string culture, bool rightToLeft) => new(shaper.Shape(text, rightToLeft, culture));
}
