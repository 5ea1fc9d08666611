using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Learning.Web.Tests.Faults;

/// <summary>One kind of visitor: what it asks for and in which language the answer must be.</summary>
public sealed record Visitor(string Name, string Culture, Func<Task<HttpResponseMessage>> SendAsync);

/// <summary>One answer, with the moments its request started and ended on the test's clock.</summary>
public sealed record Answer(string Visitor, string Culture, TimeSpan Started, TimeSpan Ended, HttpStatusCode Status, string? RetryAfter, string Body);

/// <summary>Several visitors asking again and again, each on its own task, until stopped.</summary>
public sealed class Traffic(IReadOnlyList<Visitor> visitors) : IAsyncDisposable
{
    private readonly ConcurrentQueue<Answer> answers = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private Task? running;

    public TimeSpan Now => clock.Elapsed;

    public IReadOnlyCollection<Answer> Answers => answers;

    public void Start() => running = Task.WhenAll(visitors.Select(RunAsync));

    /// <summary>Waits until every named visitor has an answer that started after <paramref name="since"/> and satisfies the condition.</summary>
    public async Task<bool> WaitForAsync(IEnumerable<string> names, TimeSpan since, Func<Answer, bool> condition, TimeSpan timeout)
    {
        var wanted = names.ToList();
        var deadline = Now + timeout;
        while (Now < deadline)
        {
            if (wanted.All(name => answers.Any(a => a.Visitor == name && a.Started >= since && condition(a))))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    public IEnumerable<string> Names => visitors.Select(v => v.Name);

    private async Task RunAsync(Visitor visitor)
    {
        while (!stop.IsCancellationRequested)
        {
            var started = Now;
            try
            {
                using var response = await visitor.SendAsync();
                var body = await response.Content.ReadAsStringAsync();
                answers.Enqueue(new Answer(visitor.Name, visitor.Culture, started, Now, response.StatusCode,
                    response.Headers.RetryAfter?.ToString(), body));
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                // The in-process server let an exception through: that is an unhandled failure, recorded as such.
                answers.Enqueue(new Answer(visitor.Name, visitor.Culture, started, Now, HttpStatusCode.InternalServerError, null, e.ToString()));
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Stops every visitor and waits for their last answers; stopping twice is harmless.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }
        if (running is not null)
        {
            await running;
        }
    }
}
