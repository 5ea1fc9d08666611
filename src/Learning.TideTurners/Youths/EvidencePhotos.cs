using Learning.Core.Storage;
using SkiaSharp;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Youths;

/// <summary>
/// Evidence photos, one folder per youth in the uploads folder that all nodes share, so erasing a youth removes the folder.
/// An upload is checked by size and type, decoded and re-encoded as a JPEG: what is stored carries no
/// EXIF or other metadata (no GPS position of where a child was photographed).
/// </summary>
public sealed class EvidencePhotos(UploadsFolder uploads)
{
    public const long MaxBytes = 8 * 1024 * 1024;
    private const int MaxSide = 1600;

    // A small file can claim a huge picture (a decompression bomb); the header is read before any pixel.
    private const long MaxPixels = 40_000_000;
    private static readonly HashSet<SKEncodedImageFormat> Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    private string Root => uploads.For("tide-turners");

    public string FolderOf(long youthId) => Path.Combine(Root, youthId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The stored file's name, or null and the msgid of why: too big, not an image, of another type, or too many pixels.</summary>
    public async Task<(string? File, string? Problem)> StoreAsync(long youthId, Stream upload, long length, CancellationToken ct)
    {
        var refused = (default(string), Msgid("The photo must be a JPEG, PNG or WebP image of at most 8 MB."));
        if (length is <= 0 or > MaxBytes)
        {
            return refused;
        }
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        using var codec = SKCodec.Create(buffer);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat))
        {
            return refused;
        }
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return (null, Msgid("The photo has too many pixels: at most 40 megapixels."));
        }
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return refused;
        }
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(decoded.Width, decoded.Height));
        using var resized = scale < 1 ? decoded.Resize(new SKImageInfo((int)(decoded.Width * scale), (int)(decoded.Height * scale)), SKSamplingOptions.Default) : null;
        using var image = SKImage.FromBitmap(resized ?? decoded);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        Directory.CreateDirectory(FolderOf(youthId));
        var name = $"{Guid.NewGuid():N}.jpg";
        await File.WriteAllBytesAsync(Path.Combine(FolderOf(youthId), name), jpeg.ToArray(), ct);
        return (name, null);
    }

    /// <summary>The stored photo's path, or null when the youth has no such file (on any node, as all share the folder).</summary>
    public string? PathOf(long youthId, string name)
    {
        var path = Path.Combine(FolderOf(youthId), Path.GetFileName(name));
        return File.Exists(path) ? path : null;
    }

    public void DeleteAll(long youthId)
    {
        if (Directory.Exists(FolderOf(youthId)))
        {
            Directory.Delete(FolderOf(youthId), recursive: true);
        }
    }
}
