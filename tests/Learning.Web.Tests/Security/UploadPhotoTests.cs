using System.Net;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Evidence photos of youths: checked by what the bytes are, not by the file's name; stored
/// re-encoded without metadata; refused when too big in bytes or in pixels, with a message.
/// </summary>
[Trait("Category", "Security")]
public sealed class UploadPhotoTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task A_photo_with_a_GPS_position_is_stored_re_encoded_without_any_EXIF()
    {
        var original = UploadSamples.JpegWithGps();
        Assert.True(original.AsSpan().IndexOf("Exif\0\0"u8) > 0);
        var (leader, youth) = await YouthWithRecordAsync();

        var response = await PostPhotoAsync(leader, youth, "beach.jpg", original);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await File.ReadAllBytesAsync(Assert.Single(StoredFiles(youth)));
        Assert.Equal(-1, stored.AsSpan().IndexOf("Exif"u8));
        Assert.Equal(-1, stored.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xE1]));
        using var codec = SKCodec.Create(new MemoryStream(stored));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 40, 30), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
    }

    public static TheoryData<string, byte[]> NotPictures => new()
    {
        { "page.jpg", UploadSamples.Html },
        { "drawing.jpg", UploadSamples.SvgWithScript },
        { "drawing.svg", UploadSamples.SvgWithScript },
        { "script.png", UploadSamples.ShellScript },
        { "noise.webp", UploadSamples.Junk(5000) },
    };

    [Theory]
    [MemberData(nameof(NotPictures))]
    public async Task A_file_that_is_not_a_picture_is_refused_with_a_message_and_nothing_is_stored(string name, byte[] content)
    {
        var (leader, youth) = await YouthWithRecordAsync();

        var response = await PostPhotoAsync(leader, youth, name, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The photo must be a JPEG, PNG or WebP image of at most 8 MB.", await response.MainTextAsync());
        await AssertNothingStoredAsync(youth);
    }

    [Fact]
    public async Task A_picture_that_is_also_a_web_page_is_stored_as_its_picture_only()
    {
        var (leader, youth) = await YouthWithRecordAsync();

        var response = await PostPhotoAsync(leader, youth, "beach.jpg", UploadSamples.PolyglotJpeg());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await File.ReadAllBytesAsync(Assert.Single(StoredFiles(youth)));
        Assert.Equal(-1, stored.AsSpan().IndexOf("<script"u8));
    }

    [Fact]
    public async Task A_small_file_claiming_50000_by_50000_pixels_is_refused_before_it_is_decoded()
    {
        var bomb = UploadSamples.PngBomb();
        Assert.True(bomb.Length < 1024, $"{bomb.Length} bytes");
        var (leader, youth) = await YouthWithRecordAsync();

        var response = await PostPhotoAsync(leader, youth, "beach.png", bomb);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The photo has too many pixels: at most 40 megapixels.", await response.MainTextAsync());
        await AssertNothingStoredAsync(youth);
    }

    [Fact]
    public async Task A_photo_over_8_MB_is_refused_with_a_message_and_a_much_bigger_one_gets_the_413_page()
    {
        var (leader, youth) = await YouthWithRecordAsync();
        var justOver = new byte[EvidencePhotos.MaxBytes + 1];
        UploadSamples.Jpeg().CopyTo(justOver, 0);

        var refused = await PostPhotoAsync(leader, youth, "beach.jpg", justOver);
        var tooBig = await PostPhotoAsync(leader, youth, "beach.jpg", new byte[40 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The photo must be a JPEG, PNG or WebP image of at most 8 MB.", await refused.MainTextAsync());
        Assert.True(tooBig.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{tooBig.StatusCode}: {await tooBig.MainTextAsync()}");
        Assert.Contains("The file is too large", await tooBig.MainTextAsync());
        await AssertNothingStoredAsync(youth);
    }

    private async Task<(HttpClient Leader, long Youth)> YouthWithRecordAsync()
    {
        var leader = await ChallengeSite.AppointedAsync(site, "Leader");
        var group = await ChallengeSite.CreateGroupAsync(leader, "Photo group");
        await ChallengeSite.AddYouthAsync(leader, group, "Wanjiku");
        await ChallengeSite.RecordAllAsync(leader, group, "entry");
        return (leader, await site.WithDbAsync(db => db.Set<Youth>().Where(y => y.GroupId == group).Select(y => y.Id).SingleAsync()));
    }

    private static Task<HttpResponseMessage> PostPhotoAsync(HttpClient leader, long youth, string name, byte[] content) =>
        leader.PostFileAsync($"/en/tide-turners/youths/{youth}", $"/en/tide-turners/youths/{youth}?handler=Photo", "photo", name, content,
            new Dictionary<string, string> { ["activity"] = "entry-quiz" });

    private string[] StoredFiles(long youth)
    {
        var folder = Path.Combine(site.DataPath, "uploads", "tide-turners", youth.ToString());
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private async Task AssertNothingStoredAsync(long youth)
    {
        Assert.Empty(StoredFiles(youth));
        Assert.False(await site.WithDbAsync(db => db.Set<ActivityRecord>().AnyAsync(r => r.YouthId == youth && r.PhotoFile != null)));
    }
}
