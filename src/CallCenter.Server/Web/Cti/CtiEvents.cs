using System.Globalization;
using System.Text.Json.Nodes;
using CallCenter.Core.Acd.Events;

namespace CallCenter.Server.Web.Cti;

/// <summary>The ACD's events as the event stream sends them: one JSON object each, its kind in "type".</summary>
internal static class CtiEvents
{
    public static readonly IReadOnlyList<string> Types =
        [nameof(CallQueued), nameof(CallOffered), nameof(CallConnected), nameof(CallEnded), nameof(AgentStateChanged)];

    /// <summary>The message for an event, or null for a kind the API does not publish.</summary>
    public static JsonObject? ToMessage(AcdEvent acdEvent) => acdEvent switch
    {
        CallQueued e => Message(e, new JsonObject
        {
            ["callId"] = e.CallId,
            ["queue"] = e.Queue,
            ["callerNumber"] = e.CallerNumber,
            ["customerId"] = e.CustomerId,
            ["tier"] = e.Tier.ToString(),
        }),
        CallOffered e => Message(e, new JsonObject
        {
            ["callId"] = e.CallId,
            ["queue"] = e.Queue,
            ["agent"] = e.Agent,
            ["callerNumber"] = e.CallerNumber,
            ["customerId"] = e.CustomerId,
            ["tier"] = e.Tier.ToString(),
            ["waitedSeconds"] = Seconds(e.Waited),
            ["ivrPath"] = new JsonArray([.. e.IvrPath.OrderBy(s => s.Sequence).Select(s => (JsonNode)Step(s.Node, s.Input, s.Outcome, s.Detail))]),
        }),
        CallConnected e => Message(e, new JsonObject
        {
            ["callId"] = e.CallId,
            ["queue"] = e.Queue,
            ["agent"] = e.Agent,
            ["waitedSeconds"] = Seconds(e.Waited),
        }),
        CallEnded e => Message(e, new JsonObject
        {
            ["callId"] = e.CallId,
            ["queue"] = e.Queue,
            ["agent"] = e.Agent,
            ["outcome"] = e.Outcome.ToString(),
        }),
        AgentStateChanged e => Message(e, new JsonObject
        {
            ["agent"] = e.Agent,
            ["from"] = e.From.ToString(),
            ["to"] = e.To.ToString(),
            ["reason"] = e.Reason,
        }),
        _ => null,
    };

    /// <summary>The agent an event concerns, for the ?agent= filter; null for a call no agent has yet.</summary>
    public static string? AgentOf(AcdEvent acdEvent) => acdEvent switch
    {
        CallOffered e => e.Agent,
        CallConnected e => e.Agent,
        CallEnded e => e.Agent,
        AgentStateChanged e => e.Agent,
        _ => null,
    };

    public static JsonObject Hello() => new() { ["type"] = "Hello", ["server"] = "CallCenter", ["version"] = 1 };

    public static JsonObject Resync() => new()
    {
        ["type"] = "Resync",
        ["reason"] = "This client fell behind and missed events; reconnect and read the current state through the REST API.",
    };

    private static JsonObject Message(AcdEvent acdEvent, JsonObject fields)
    {
        var message = new JsonObject
        {
            ["type"] = acdEvent.GetType().Name,
            ["at"] = acdEvent.At.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            if (value is not null)
            {
                message[name] = value;
            }
        }
        return message;
    }

    private static JsonObject Step(string node, string? input, string? outcome, string? detail)
    {
        var step = new JsonObject { ["node"] = node, ["input"] = input, ["outcome"] = outcome };
        if (detail is not null)
        {
            step["detail"] = detail;
        }
        return step;
    }

    private static double Seconds(TimeSpan waited) => Math.Round(waited.TotalSeconds, 1);
}
