using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Conformance;

/// <summary>What the fake did when driven through a trace, and how that differs from what Asterisk did.</summary>
public sealed class ReplayResult
{
    public ReplayResult(TraceScenario scenario, IReadOnlyList<JsonObject> events, IReadOnlyList<(TraceRestExchange Expected, AriResponse? Actual)> rest, IReadOnlyList<string> problems)
    {
        Scenario = scenario;
        Events = events;
        Rest = rest;
        Problems = problems;
    }

    public TraceScenario Scenario { get; }

    public IReadOnlyList<JsonObject> Events { get; }

    public IReadOnlyList<(TraceRestExchange Expected, AriResponse? Actual)> Rest { get; }

    /// <summary>Things that went wrong while replaying (timeouts waiting for events or answers).</summary>
    public IReadOnlyList<string> Problems { get; }

    public static IReadOnlyList<JsonObject> WithoutVarsets(IEnumerable<JsonObject> events) =>
        events.Where(e => (string?)e["type"] != "ChannelVarset").ToList();

    /// <summary>Event types side by side, ChannelVarset left out, with the first difference marked.</summary>
    public string TypeDiff()
    {
        var expected = WithoutVarsets(Scenario.Events).Select(Describe).ToList();
        var actual = WithoutVarsets(Events).Select(Describe).ToList();
        var text = new StringBuilder();
        text.AppendLine($"{"#",3}  {"Asterisk (trace)",-52} FakeAsterisk");
        var firstDifference = true;
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var left = i < expected.Count ? expected[i] : "-";
            var right = i < actual.Count ? actual[i] : "-";
            var marker = left == right ? "  " : firstDifference ? ">>" : " ~";
            if (left != right)
            {
                firstDifference = false;
            }
            text.AppendLine($"{i,3}{marker}{left,-52} {right}");
        }
        return text.ToString();
    }

    private string Describe(JsonObject e)
    {
        var type = (string)e["type"]!;
        var id = AriEventLog.ChannelIdOf(e);
        var who = id is null ? "" : id == Scenario.CallerChannelId || (Events.Count > 0 && id == CallerIdOf(Events)) ? " caller" : " agent";
        var detail = type switch
        {
            "Dial" => " " + (string?)e["dialstatus"],
            "ChannelStateChange" => " " + (string?)e["channel"]!["state"],
            "PlaybackFinished" => " " + (string?)e["playback"]!["state"],
            "ChannelHangupRequest" => (e["cause"] is { } cause ? " cause " + cause : "") + (e["soft"] is not null ? " soft" : ""),
            "ChannelDestroyed" => " " + e["cause"],
            _ => "",
        };
        return type + detail + who;
    }

    private static string? CallerIdOf(IReadOnlyList<JsonObject> events) =>
        (string?)events.FirstOrDefault(e => (string?)e["type"] == "StasisStart")?["channel"]?["id"];
}
