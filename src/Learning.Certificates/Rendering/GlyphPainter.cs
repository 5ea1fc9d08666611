using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>Draws a shaped line into its box, at its size or smaller when it would not fit.</summary>
internal static class GlyphPainter
{
    /// <summary>Draws the line and returns how wide it came out.</summary>
    public static float Draw(SKCanvas canvas, ShapedLine line, TextBlock block, IReadOnlyDictionary<ShapingFont, SKTypeface> typefaces)
    {
        if (line.Runs.Count == 0)
        {
            return 0;
        }
        var size = FittedSize(line, block);
        var width = line.Width * size;
        var x = block.Align switch
        {
            TextAlign.Left => block.Left,
            TextAlign.Right => block.Left + block.Width - width,
            _ => block.Left + (block.Width - width) / 2,
        };
        using var builder = new SKTextBlobBuilder();
        foreach (var run in line.Runs)
        {
            AddRun(builder, run, typefaces[run.Font], size, x);
            x += run.Advance * size;
        }
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = block.Color, IsAntialias = true };
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, block.Baseline, paint);
        }
        return width;
    }

    public static float FittedSize(ShapedLine line, TextBlock block) =>
        line.Width * block.Size > block.Width ? block.Width / line.Width : block.Size;

    private static void AddRun(SKTextBlobBuilder builder, ShapedRun run, SKTypeface typeface, float size, float x)
    {
        using var font = new SKFont(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length, null);
        var positions = buffer.Positions;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            positions[i] = new SKPoint(x + run.X[i] * size, run.Y[i] * size);
        }
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetClusters(run.Clusters);
        buffer.SetText(run.Utf8);
    }
}
