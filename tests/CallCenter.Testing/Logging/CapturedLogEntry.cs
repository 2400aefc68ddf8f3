using Microsoft.Extensions.Logging;

namespace CallCenter.Testing.Logging;

/// <summary>One log line as the code under test wrote it, with the scope properties it carried.</summary>
public sealed record CapturedLogEntry(
    LogLevel Level,
    string Category,
    string Message,
    Exception? Exception,
    IReadOnlyDictionary<string, object?> Properties)
{
    public string? CallId => Properties.TryGetValue("CallId", out var value) ? value?.ToString() : null;

    public override string ToString() => $"{Level} {Category}: {Message}{(CallId is null ? "" : $" [call {CallId}]")}{(Exception is null ? "" : $" ({Exception.GetType().Name}: {Exception.Message})")}";
}
