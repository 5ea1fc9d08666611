using QRCoder;
using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>
/// Draws a QR code as vector rectangles, one per horizontal stretch of dark modules: sharp at any
/// zoom or printer, and a few hundred bytes where a bitmap would take kilobytes.
/// </summary>
internal static class QrCodeDrawing
{
    public static void Draw(SKCanvas canvas, string text, SKRect area, SKColor color)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = area.Width / matrix.Count;
        using var path = new SKPath();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }
                path.AddRect(SKRect.Create(area.Left + start * module, area.Top + row * module, (column - start) * module, module));
            }
        }
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawPath(path, paint);
    }
}
