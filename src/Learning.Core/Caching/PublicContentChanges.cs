using Microsoft.Extensions.Primitives;

namespace Learning.Core.Caching;

/// <summary>
/// The signal that public content changed on this node. What is cached from public content expires
/// with <see cref="Token"/>, and after <see cref="MaxAge"/> at the latest, which bounds how long
/// another node's change can take to show here.
/// </summary>
public sealed class PublicContentChanges
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private CancellationTokenSource source = new();

    public event Action? Changed;

    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref source).Token);

    public void Signal()
    {
        var old = Interlocked.Exchange(ref source, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
        Changed?.Invoke();
    }
}
