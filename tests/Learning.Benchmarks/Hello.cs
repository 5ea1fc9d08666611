using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Learning.Benchmarks;

/// <summary>The reference: a bare Kestrel endpoint on the same machine, measured in the same run.</summary>
internal static class Hello
{
    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/hello", () => Results.Text("Hello"));
        await app.RunAsync();
    }
}
