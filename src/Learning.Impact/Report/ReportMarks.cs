using Learning.Certificates.Rendering;
using SkiaSharp;

namespace Learning.Impact.Report;

/// <summary>
/// Something laid out on a page, ready to draw. The whole report is laid out before anything is
/// drawn, because the fonts are cut down to the glyphs of every line and the footer counts pages.
/// </summary>
internal abstract record Mark
{
    public abstract void Draw(SKCanvas canvas, PdfTypefaces fonts);
}

/// <summary>A shaped line in its box; <see cref="Left"/> is already mirrored for a right-to-left report.</summary>
internal sealed record TextMark(ShapedText Text, float Left, float Baseline, float Width, float Size, SKColor Color, TextAlign Align) : Mark
{
    public override void Draw(SKCanvas canvas, PdfTypefaces fonts) => fonts.Draw(canvas, Text, Left, Baseline, Width, Size, Color, Align);
}

/// <summary>A filled rectangle: a chart's bar, or a hairline rule.</summary>
internal sealed record BoxMark(SKRect Rect, SKColor Color) : Mark
{
    public override void Draw(SKCanvas canvas, PdfTypefaces fonts)
    {
        using var paint = new SKPaint { Color = Color, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawRect(Rect, paint);
    }
}
