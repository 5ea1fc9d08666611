using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>
/// The fonts of one document, each cut down to the glyphs its lines use, and the drawing of those
/// lines. Every line drawn must have been given to the constructor: a glyph outside the subsets
/// would come out blank.
/// </summary>
public sealed class PdfTypefaces : IDisposable
{
    private readonly Dictionary<ShapingFont, SKTypeface> typefaces;

    public PdfTypefaces(IEnumerable<ShapedText> texts) : this(texts.Select(t => t.Line))
    {
    }

    internal PdfTypefaces(IEnumerable<ShapedLine> lines) => typefaces = FontSubsetter.Typefaces(lines);

    internal IReadOnlyDictionary<ShapingFont, SKTypeface> ByFont => typefaces;

    /// <summary>Draws the line on its baseline inside [left, left + width], shrunk when wider; returns how wide it came out.</summary>
    public float Draw(SKCanvas canvas, ShapedText text, float left, float baseline, float width, float size, SKColor color, TextAlign align) =>
        GlyphPainter.Draw(canvas, text.Line, new TextBlock("", size, color, baseline, left, width, align, false), typefaces);

    public void Dispose()
    {
        foreach (var typeface in typefaces.Values)
        {
            typeface.Dispose();
        }
    }
}
