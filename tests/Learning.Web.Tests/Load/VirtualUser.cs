using System.Collections.Concurrent;
using System.Net;

namespace Learning.Web.Tests.Load;

/// <summary>
/// One person using the site: a step (a page read, a form filled), then a short pause, until the
/// window closes. A step in progress is finished rather than cut off, so closing is no error.
/// </summary>
public abstract class VirtualUser(HttpClient client, string kind)
{
    public HttpClient Client { get; } = client;

    public string Kind { get; } = kind;

    /// <summary>Steps that did not go as a person would expect (an unexpected status, a missing form).</summary>
    public static ConcurrentQueue<string> Problems { get; } = new();

    public Task RunAsync(DateTime until) => LoopAsync(until, StepAsync);

    /// <summary>The reference: the same people fetching one small static file at the same pace.</summary>
    public Task FetchReferenceAsync(DateTime until) =>
        LoopAsync(until, async () => Expect(await Client.GetAsync("/assets/progress.js"), HttpStatusCode.OK, "/assets/progress.js"));

    protected abstract Task StepAsync();

    /// <summary>Reading a page or filling a form: a fraction of a second to keep the pressure on, varied so people do not march in step.</summary>
    protected static Task ThinkAsync() => Task.Delay(Random.Shared.Next(100, 700));

    protected static void Expect(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{what}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    /// <summary>Follows a redirect the way a browser does after a form.</summary>
    protected async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage posted, string what)
    {
        Expect(posted, HttpStatusCode.Redirect, what);
        var next = await Client.GetAsync(posted.Headers.Location);
        Expect(next, HttpStatusCode.OK, posted.Headers.Location!.OriginalString);
        return next;
    }

    private async Task LoopAsync(DateTime until, Func<Task> step)
    {
        await Task.Delay(Random.Shared.Next(0, 1000));
        while (DateTime.UtcNow < until)
        {
            try
            {
                await step();
            }
            catch (Exception e) when (e is not (HttpRequestException or TaskCanceledException or IOException))
            {
                Problems.Enqueue($"{Kind}: {e.Message.Split('\n')[0]}");
            }
            catch (Exception)
            {
                // Counted by the timing handler as a transport failure.
            }
            await ThinkAsync();
        }
    }
}
