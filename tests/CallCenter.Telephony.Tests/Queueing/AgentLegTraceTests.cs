using System.Text;
using System.Text.Json;
using CallCenter.Ari.Events;
using CallCenter.Core.Calls;
using CallCenter.Telephony.Queueing;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests.Queueing;

/// <summary>
/// The events a real Asterisk 22 sent for agent legs (the recorded traces) turn into the inputs a queue expects.
/// The traces' own ids are renamed to ours; where the application acted in the trace (bridging an answered agent,
/// hanging up a ringing one after the caller left), the replay does what our session does at that point.
/// </summary>
public sealed class AgentLegTraceTests
{
    [Test]
    public void AgentBusy_IsOneFailureAsBusy() =>
        Assert.That(Replay("d_agent_busy"), Is.EqualTo(new[] { "AgentLegFailed Busy" }));

    [Test]
    public void AgentRingsOut_IsRingingThenAFailureAsNoAnswer_WithoutAnyFinalDialEvent() =>
        Assert.That(Replay("d_agent_noanswer"), Is.EqualTo(new[] { "AgentRinging", "AgentLegFailed NoAnswer" }));

    [Test]
    public void AgentAnswersTalksAndHangsUp_IsRingingAnsweredConnectedThenHungUpOnce() =>
        Assert.That(Replay("b_bridge_agent_hangup"), Is.EqualTo(new[] { "AgentRinging", "AgentAnswered", "AgentConnected", "AgentHungUp" }));

    [Test]
    public void CallerAbandonsWhileAgentRings_CancelledLegReportsNothingMore() =>
        Assert.That(Replay("g_caller_abandon_ringing"), Is.EqualTo(new[] { "AgentRinging" }));

    [Test]
    public void HoldingThenBridged_CallerHangsUp_AgentLegReportsNothingAfterConnected() =>
        Assert.That(Replay("h_holding_then_bridge"), Is.EqualTo(new[] { "AgentRinging", "AgentAnswered", "AgentConnected" }));

    private static List<string> Replay(string scenario)
    {
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("tests", "CallCenter.Testing", "Traces", scenario + ".jsonl"));
        var callerId = JsonDocument.Parse(lines[0]).RootElement.GetProperty("channel").GetProperty("id").GetString()!;
        var legs = new AgentLegs(callerId);
        var leg = legs.Add(callerId);
        var renamed = lines.Select(line => Rename(line, scenario, leg.Id, callerId + "-talk"));
        legs.TalkBridgeId = callerId + "-talk";

        var inputs = new List<string>();
        foreach (var line in renamed)
        {
            Assert.That(AriEventDecoder.TryDecode(Encoding.UTF8.GetBytes(line), out var ariEvent, out var error), Is.True, error);
            if (ariEvent is StasisEnd end && end.Channel.Id == callerId && leg.State != AgentLegState.Ended)
            {
                // The caller left: the session hangs the leg up with the call.
                legs.Cancelled(leg);
            }
            switch (legs.Translate(ariEvent!))
            {
                case AgentLegFailed failed:
                    inputs.Add($"{nameof(AgentLegFailed)} {failed.Reason}");
                    break;
                case AgentAnswered:
                    inputs.Add(nameof(AgentAnswered));
                    // What ConnectAgentAsync does next.
                    leg.State = AgentLegState.Connecting;
                    break;
                case { } input:
                    inputs.Add(input.GetType().Name);
                    break;
            }
        }
        return inputs;
    }

    /// <summary>The trace's agent channel and talk bridge get the ids our session gives them.</summary>
    private static string Rename(string line, string scenario, string legId, string talkBridgeId)
    {
        var agentPrefix = $"agent-{scenario}-";
        var renamed = RenameId(line, agentPrefix, legId);
        renamed = RenameId(renamed, $"talk-{scenario}-", talkBridgeId);
        return RenameId(renamed, $"bridge-{scenario}-", talkBridgeId);
    }

    private static string RenameId(string line, string prefix, string replacement)
    {
        var start = line.IndexOf(prefix, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = start + prefix.Length;
            while (end < line.Length && char.IsAsciiDigit(line[end]))
            {
                end++;
            }
            line = line[..start] + replacement + line[end..];
            start = line.IndexOf(prefix, start + replacement.Length, StringComparison.Ordinal);
        }
        return line;
    }
}
