using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Learning.Web.Tests.Security;

/// <summary>Every log line a site writes, with its category, scopes and exception, to search for what must never be logged.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                line.Append(" | ").AppendJoin(", ", values.Select(v => $"{v.Key}={v.Value}"));
            }
            logs.scopes.ForEachScope((scope, text) => text.Append(" => ").Append(Describe(scope)), line);
            if (exception is not null)
            {
                line.Append('\n').Append(exception);
            }
            logs.lines.Enqueue(line.ToString());
        }

        private static string? Describe(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
            : scope?.ToString();
    }
}
