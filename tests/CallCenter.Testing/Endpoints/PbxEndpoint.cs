using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Endpoints;

/// <summary>A PJSIP endpoint of the simulated PBX (pjsip.conf): a caller trunk or an agent's softphone.</summary>
internal sealed class PbxEndpoint
{
    public PbxEndpoint(string technology, string resource, string context)
    {
        Technology = technology;
        Resource = resource;
        Context = context;
    }

    public string Technology { get; }

    public string Resource { get; }

    /// <summary>The context outgoing channels to this endpoint show in their dialplan block ("agents-in").</summary>
    public string Context { get; }

    /// <summary>What the phone does when called; null for an endpoint that only places calls.</summary>
    public AgentBehavior? Behavior { get; set; }

    /// <summary>The public face of an agent endpoint, null for the callers' endpoint.</summary>
    public FakeAgentEndpoint? Agent { get; set; }

    public List<PbxChannel> Channels { get; } = [];

    public string Id => Technology + "/" + Resource;

    /// <summary>
    /// For a number reached through a trunk (<see cref="FakeAsterisk.AddCallee"/>): the trunk's endpoint name.
    /// Such a callee is no endpoint of Asterisk's: endpoint listings leave it out, and its channels are named
    /// after the trunk ("PJSIP/hotline-trunk-00000012"), as chan_pjsip names a channel to "number@trunk".
    /// </summary>
    public string? Trunk { get; init; }

    /// <summary>What this endpoint's channel names start with, before "-{counter}".</summary>
    public string ChannelNamePrefix => Trunk is null ? "PJSIP/" + Resource : "PJSIP/" + Trunk;

    /// <summary>Whether a contact is registered: an agent phone unless unreachable; never for the callers' trunk.</summary>
    public bool IsReachable => Behavior is not null && Behavior.Kind != AgentBehaviorKind.Unreachable;

    public string State => IsReachable ? "online" : "offline";
}
