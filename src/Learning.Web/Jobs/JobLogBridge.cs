using Hangfire.Logging;

namespace Learning.Web.Jobs;

/// <summary>
/// Hangfire keeps one process-wide log provider, and its loggers live in static fields. This
/// bridge sends them to the logger factory of the host that is running now, so a host that
/// stopped (a restart, or a test's earlier site) is never written to.
/// </summary>
public sealed class JobLogBridge : ILogProvider
{
    private static volatile ILoggerFactory? current;

    public static void Attach(ILoggerFactory factory)
    {
        current = factory;
        LogProvider.SetCurrentLogProvider(new JobLogBridge());
    }

    public ILog GetLogger(string name) => new ForwardingLog(name);

    private sealed class ForwardingLog(string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var logger = current?.CreateLogger(name);
                var level = (Microsoft.Extensions.Logging.LogLevel)(int)logLevel;
                if (logger is null || !logger.IsEnabled(level))
                {
                    return false;
                }
                if (messageFunc is not null)
                {
                    logger.Log(level, exception, "{Message}", messageFunc());
                }
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
