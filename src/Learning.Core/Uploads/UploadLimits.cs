namespace Learning.Core.Uploads;

/// <summary>
/// What an upload form may send beyond its file: the other fields, the antiforgery token and the
/// multipart boundaries. A page's request limit is its file limit plus this, so that a file just over
/// the file limit still reaches the page and gets its own message.
/// </summary>
public static class UploadLimits
{
    public const int FormOverhead = 64 * 1024;
}
