using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CallCenter.Testing.Logging;

/// <summary>
/// A logger provider that keeps every line with its message properties and the properties of the scopes
/// around it, so tests can assert what was logged and with which CallId.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLogEntry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLogEntry> Entries => entries.ToArray();

    public IEnumerable<CapturedLogEntry> AtLeast(LogLevel level) => entries.Where(e => e.Level >= level);

    public ILoggerFactory CreateFactory(LogLevel minimum = LogLevel.Debug) =>
        LoggerFactory.Create(builder => builder.SetMinimumLevel(minimum).AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = new Dictionary<string, object?>();
            capture.scopes.ForEachScope((scope, bag) => Collect(scope, bag), properties);
            Collect(state, properties);
            capture.entries.Enqueue(new CapturedLogEntry(logLevel, category, formatter(state, exception), exception, properties));
        }

        private static void Collect(object? state, Dictionary<string, object?> into)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    into[key] = value;
                }
            }
        }
    }
}
