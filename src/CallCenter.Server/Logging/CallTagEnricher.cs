using Serilog.Core;
using Serilog.Events;

namespace CallCenter.Server.Logging;

/// <summary>Adds "[call 1795357895.0] " to lines that belong to a call, and nothing to the others.</summary>
public sealed class CallTagEnricher : ILogEventEnricher
{
    public const string PropertyName = "CallTag";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var tag = logEvent.Properties.TryGetValue("CallId", out var callId) && callId is ScalarValue { Value: string id }
            ? $"[call {id}] "
            : "";
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(PropertyName, tag));
    }
}
