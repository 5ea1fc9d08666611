namespace Learning.Certificates.Rendering;

/// <summary>
/// A line of text shaped for a PDF (bidi runs, font fallback, HarfBuzz), as other documents than
/// certificates use it. It is drawn with the <see cref="PdfTypefaces"/> made for its document.
/// </summary>
public sealed class ShapedText
{
    internal ShapedText(ShapedLine line) => Line = line;

    internal ShapedLine Line { get; }

    /// <summary>How wide the line is at <paramref name="size"/> points, before any shrinking to fit.</summary>
    public float WidthAt(float size) => Line.Width * size;

    /// <summary>True when some character has no glyph in any font and would print as an empty box.</summary>
    public bool HasMissingGlyphs => Line.HasMissingGlyphs;
}
