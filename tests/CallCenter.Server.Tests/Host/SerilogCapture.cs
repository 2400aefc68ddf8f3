using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CallCenter.Server.Tests.Host;

/// <summary>A Serilog sink that keeps every event, to check what the real logging pipeline attaches.</summary>
internal sealed class SerilogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => events.ToArray();

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
}
