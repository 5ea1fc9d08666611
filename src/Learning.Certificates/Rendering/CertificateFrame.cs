using SkiaSharp;
using static Learning.Certificates.Rendering.CertificateLayout;

namespace Learning.Certificates.Rendering;

/// <summary>The vector decoration: a double border, a wave under the title, a rule under the name.</summary>
internal static class CertificateFrame
{
    public static void Draw(SKCanvas canvas)
    {
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, Color = Sea, IsAntialias = true, StrokeWidth = 2.5f };
        canvas.DrawRect(SKRect.Create(18, 18, PageWidth - 36, PageHeight - 36), stroke);
        stroke.StrokeWidth = 0.75f;
        canvas.DrawRect(SKRect.Create(26, 26, PageWidth - 52, PageHeight - 52), stroke);
        DrawWave(canvas, stroke, PageWidth / 2, 152);
    }

    /// <summary>A hairline under a drawn line of text, centred on it and a little wider.</summary>
    public static void DrawRule(SKCanvas canvas, TextBlock block, float textWidth)
    {
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, Color = Line, IsAntialias = true, StrokeWidth = 0.75f };
        var half = Math.Min(Math.Max(MinRuleWidth, textWidth + 40), block.Width) / 2;
        var centre = block.Left + block.Width / 2;
        canvas.DrawLine(centre - half, block.Baseline + RuleDrop, centre + half, block.Baseline + RuleDrop, stroke);
    }

    /// <summary>Three crests of a wave, the initiative's motif, centred on <paramref name="centreX"/>.</summary>
    private static void DrawWave(SKCanvas canvas, SKPaint paint, float centreX, float y)
    {
        const float crest = 24f;
        const int crests = 3;
        using var path = new SKPath();
        var x = centreX - crest * crests / 2;
        path.MoveTo(x, y);
        for (var i = 0; i < crests; i++, x += crest)
        {
            path.CubicTo(x + crest * 0.25f, y - 6, x + crest * 0.25f, y - 6, x + crest * 0.5f, y);
            path.CubicTo(x + crest * 0.75f, y + 6, x + crest * 0.75f, y + 6, x + crest, y);
        }
        paint.StrokeWidth = 1.25f;
        canvas.DrawPath(path, paint);
        paint.StrokeWidth = 0.75f;
    }
}
