using System.Diagnostics;

namespace Learning.Web.Tests.Load;

/// <summary>Times each request until its whole body has arrived, and counts what never got an answer.</summary>
public sealed class TimedHandler(LoadMeter meter, string kind) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            meter.Record(kind, (int)response.StatusCode, Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            meter.Failed(kind, $"{request.Method} {request.RequestUri?.PathAndQuery}: {e.GetType().Name}: {e.Message}");
            throw;
        }
    }
}
