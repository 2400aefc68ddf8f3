using CallCenter.Ari.Events;
using CallCenter.Core.Calls;

namespace CallCenter.Telephony.Queueing;

/// <summary>
/// The agent legs and queue bridges of one call, and the translation of their events into the call's inputs.
/// Used from the call's mailbox only. What the traces show of an agent leg: busy is Dial BUSY then
/// ChannelDestroyed 17; no answer is Dial RINGING and then only ChannelDestroyed 19 (no final Dial); our own
/// hangup of a ringing leg gives Dial NOANSWER; an answered agent leaving gives StasisEnd and ChannelDestroyed.
/// </summary>
internal sealed class AgentLegs(string callerChannelId)
{
    private readonly Dictionary<string, AgentLeg> legs = new(StringComparer.Ordinal);
    private int created;

    /// <summary>The caller's holding bridge, once there is one.</summary>
    public string? HoldBridgeId { get; set; }

    /// <summary>Whether the holding bridge is playing music on hold.</summary>
    public bool HoldMusicOn { get; set; }

    /// <summary>The bridge where the caller talks to an agent, once there is one.</summary>
    public string? TalkBridgeId { get; set; }

    /// <summary>Legs that are not over, for hanging up with the call.</summary>
    public IEnumerable<AgentLeg> Live => legs.Values.Where(l => l.State != AgentLegState.Ended).ToList();

    /// <summary>A new leg's id; ours, so its events can be claimed before Asterisk creates it.</summary>
    public AgentLeg Add(string callId)
    {
        var leg = new AgentLeg($"{callId}-agent{++created}");
        legs.Add(leg.Id, leg);
        return leg;
    }

    public AgentLeg Get(string legId) =>
        legs.TryGetValue(legId, out var leg) ? leg : throw new ArgumentException($"Call has no agent leg '{legId}'.", nameof(legId));

    /// <summary>The leg ended as the call asked: nothing more is reported about it.</summary>
    public void Cancelled(AgentLeg leg) => leg.State = AgentLegState.Ended;

    /// <summary>The leg is over: what the call is told of it (nothing if it already knows).</summary>
    public CallInput? Ended(AgentLeg leg, AgentLegFailure failure, string detail)
    {
        if (leg.State == AgentLegState.Ended)
        {
            return null;
        }
        var answered = leg.WasAnswered;
        leg.State = AgentLegState.Ended;
        return answered ? new AgentHungUp(leg.Id, detail) : new AgentLegFailed(leg.Id, failure, detail);
    }

    public CallInput? Translate(AriEvent ariEvent) => ariEvent switch
    {
        Dial dial when Find(dial.Peer.Id) is { } leg => OnDial(leg, dial.Dialstatus),
        ChannelEnteredBridge entered when entered.Bridge.Id == TalkBridgeId && entered.Channel is { } channel => OnEnteredTalk(entered.Bridge.Channels, channel.Id),
        StasisEnd end when Find(end.Channel.Id) is { WasAnswered: true } leg =>
            // A created leg stays ours until destroyed, but an answered one leaving Stasis is the agent gone.
            Ended(leg, AgentLegFailure.Failed, "agent left"),
        ChannelDestroyed destroyed when Find(destroyed.Channel.Id) is { } leg =>
            Ended(leg, FailureOf(destroyed.Cause), $"{destroyed.Cause} {destroyed.CauseTxt}"),
        _ => null,
    };

    private CallInput? OnDial(AgentLeg leg, string status)
    {
        switch (status)
        {
            case "RINGING" when leg.State == AgentLegState.Dialing:
                leg.State = AgentLegState.Ringing;
                return new AgentRinging(leg.Id);
            case "ANSWER" when leg.State is AgentLegState.Dialing or AgentLegState.Ringing:
                leg.State = AgentLegState.Answered;
                return new AgentAnswered(leg.Id);
            case "BUSY":
                return Ended(leg, AgentLegFailure.Busy, "busy");
            case "NOANSWER":
                return Ended(leg, AgentLegFailure.NoAnswer, "no answer");
            case "CHANUNAVAIL":
                return Ended(leg, AgentLegFailure.Unreachable, "channel unavailable");
            case "CONGESTION" or "CANCEL":
                return Ended(leg, AgentLegFailure.Failed, status.ToLowerInvariant());
            default:
                return null;
        }
    }

    private CallInput? OnEnteredTalk(IReadOnlyList<string> inBridge, string entered)
    {
        var leg = Find(entered) ?? legs.Values.FirstOrDefault(l => l.State == AgentLegState.Connecting && inBridge.Contains(l.Id));
        if (leg is not { State: AgentLegState.Connecting } || !inBridge.Contains(callerChannelId) || !inBridge.Contains(leg.Id))
        {
            return null;
        }
        leg.State = AgentLegState.Connected;
        return new AgentConnected(leg.Id);
    }

    private AgentLeg? Find(string channelId) => legs.GetValueOrDefault(channelId);

    /// <summary>Q.850 causes a leg ends with before anyone answered.</summary>
    private static AgentLegFailure FailureOf(int cause) => cause switch
    {
        17 or 21 => AgentLegFailure.Busy,
        18 or 19 => AgentLegFailure.NoAnswer,
        1 or 3 or 20 or 27 or 38 => AgentLegFailure.Unreachable,
        _ => AgentLegFailure.Failed,
    };
}
