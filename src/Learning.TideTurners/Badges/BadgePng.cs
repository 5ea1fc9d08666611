using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Learning.TideTurners.Badges;

/// <summary>A badge image with the signed credential baked in: an <c>iTXt</c> chunk, keyword <c>openbadgecredential</c>, right after IHDR.</summary>
public static class BadgePng
{
    public const string Keyword = "openbadgecredential";

    public static byte[] Bake(string jwt, string levelTitle)
    {
        var png = Draw(levelTitle);
        var data = Encoding.Latin1.GetBytes(Keyword).Concat(new byte[] { 0, 0, 0, 0, 0 }).Concat(Encoding.UTF8.GetBytes(jwt)).ToArray();
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes("iTXt").CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        const int afterHeader = 8 + 25; // the signature, then IHDR's length, type, 13 bytes and CRC
        return [.. png.AsSpan(0, afterHeader), .. chunk, .. png.AsSpan(afterHeader)];
    }

    /// <summary>Reads the credential back out of a baked image; null when there is none.</summary>
    public static string? Read(byte[] png)
    {
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "iTXt" && Encoding.Latin1.GetString(png, at + 8, Keyword.Length) == Keyword)
            {
                return Encoding.UTF8.GetString(png, at + 8 + Keyword.Length + 5, length - Keyword.Length - 5);
            }
            at += 12 + length;
        }
        return null;
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309), over the chunk's type and data.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static byte[] Draw(string levelTitle)
    {
        using var surface = SKSurface.Create(new SKImageInfo(256, 256));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var sea = new SKPaint { Color = new SKColor(0x00, 0x6d, 0x9c), IsAntialias = true };
        using var wave = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 10 };
        canvas.DrawCircle(128, 128, 120, sea);
        using var path = new SKPath();
        path.MoveTo(40, 150);
        path.CubicTo(80, 110, 110, 190, 150, 150);
        path.CubicTo(180, 120, 200, 150, 216, 140);
        canvas.DrawPath(path, wave);
        using var font = new SKFont(SKTypeface.Default, 26);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText(levelTitle.Length > 14 ? levelTitle[..14] : levelTitle, 128, 95, SKTextAlign.Center, font, ink);
        using var image = surface.Snapshot();
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
