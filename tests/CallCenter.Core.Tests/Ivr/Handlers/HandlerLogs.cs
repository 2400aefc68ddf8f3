using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Tests.Ivr.Handlers;

/// <summary>What the handlers of one test logged, at every level.</summary>
internal sealed class HandlerLogs : IDisposable
{
    private readonly LogCapture capture = new();
    private readonly ILoggerFactory factory;

    public HandlerLogs() => factory = capture.CreateFactory(LogLevel.Trace);

    public IReadOnlyList<CapturedLogEntry> Entries => capture.Entries;

    /// <summary>Every message with every property value, to search for what must never be written.</summary>
    public string Written => string.Join("\n", capture.Entries.Select(e => e.Message + " " + string.Join(" ", e.Properties.Values)));

    public ILogger<T> For<T>() => factory.CreateLogger<T>();

    public void Dispose()
    {
        factory.Dispose();
        capture.Dispose();
    }
}
