namespace Learning.Web.Features.Progress;

/// <summary>
/// Serves the one script the site has, which moves progress bars of long work (reissues, reports).
/// It is a file of its own so that the Content-Security-Policy can forbid inline scripts.
/// </summary>
public static class ProgressScript
{
    public const string Path = "/assets/progress.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(ProgressScript).Assembly.GetManifestResourceStream("Learning.Web.Features.Progress.progress.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, (HttpContext context) =>
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
    }).AllowAnonymous().ExcludeFromDescription();
}
