using CallCenter.Ari.Events;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// The order a router relies on: the most specific resource first, so an event reaches the call that owns the
/// playback, recording or agent leg before the call that merely shares its channel or bridge.
/// </summary>
public class AriEventResourceKeysTests
{
    private static readonly Channel Caller = new() { Id = "1795357895.0" };
    private static readonly Channel Agent = new() { Id = "agent-1001" };
    private static readonly Bridge Talk = new() { Id = "talk-1" };
    private static readonly Bridge Hold = new() { Id = "hold-1" };

    [Test]
    public void StasisStart_NamesItsChannelThenTheOneItReplaces()
    {
        var ariEvent = new StasisStart { Channel = Agent, ReplaceChannel = Caller };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Channel(Agent.Id), AriResourceKey.Channel(Caller.Id) }));
    }

    [Test]
    public void ChannelDestroyed_NamesItsChannel()
    {
        var ariEvent = new ChannelDestroyed { Channel = Agent, Cause = 17 };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Channel(Agent.Id) }));
    }

    [Test]
    public void PlaybackFinished_NamesThePlaybackThenItsTarget()
    {
        var ariEvent = new PlaybackFinished { Playback = new Playback { Id = "pb-1", TargetUri = "channel:" + Caller.Id } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Playback("pb-1"), AriResourceKey.Channel(Caller.Id) }));
    }

    [Test]
    public void PlaybackStarted_OnABridge_NamesTheBridgeAsTarget()
    {
        var ariEvent = new PlaybackStarted { Playback = new Playback { Id = "pb-2", TargetUri = "bridge:" + Hold.Id } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Playback("pb-2"), AriResourceKey.Bridge(Hold.Id) }));
    }

    [Test]
    public void RecordingFinished_NamesTheRecordingThenItsTarget()
    {
        var ariEvent = new RecordingFinished { Recording = new LiveRecording { Name = "holdout", TargetUri = "channel:" + Caller.Id } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Recording("holdout"), AriResourceKey.Channel(Caller.Id) }));
    }

    [Test]
    public void RecordingStarted_WithAnUnreadableTarget_NamesOnlyTheRecording()
    {
        var ariEvent = new RecordingStarted { Recording = new LiveRecording { Name = "holdout", TargetUri = "somewhere" } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Recording("holdout") }));
    }

    [Test]
    public void Dial_NamesThePeerThenTheCallerThenWhereItWasForwarded()
    {
        var forwarded = new Channel { Id = "fwd-1" };
        var ariEvent = new Dial { Peer = Agent, Caller = Caller, Forwarded = forwarded, Dialstatus = "RINGING" };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[]
        {
            AriResourceKey.Channel(Agent.Id), AriResourceKey.Channel(Caller.Id), AriResourceKey.Channel(forwarded.Id),
        }));
    }

    [Test]
    public void Dial_WithoutACaller_NamesOnlyThePeer()
    {
        var ariEvent = new Dial { Peer = Agent, Dialstatus = "BUSY" };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Channel(Agent.Id) }));
    }

    [Test]
    public void ChannelEnteredBridge_NamesTheChannelThenTheBridge()
    {
        var ariEvent = new ChannelEnteredBridge { Channel = Caller, Bridge = Talk };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Channel(Caller.Id), AriResourceKey.Bridge(Talk.Id) }));
    }

    [Test]
    public void ChannelLeftBridge_NamesTheChannelThenTheBridge()
    {
        var ariEvent = new ChannelLeftBridge { Channel = Agent, Bridge = Talk };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Channel(Agent.Id), AriResourceKey.Bridge(Talk.Id) }));
    }

    [Test]
    public void BridgeDestroyed_NamesTheBridge()
    {
        var ariEvent = new BridgeDestroyed { Bridge = Talk with { Channels = [Caller.Id] } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Bridge(Talk.Id) }));
    }

    [Test]
    public void BridgeMerged_NamesTheBridgeThenTheOneMergedIntoIt()
    {
        var ariEvent = new BridgeMerged { Bridge = Talk, BridgeFrom = Hold };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.Bridge(Talk.Id), AriResourceKey.Bridge(Hold.Id) }));
    }

    [Test]
    public void BridgeBlindTransfer_NamesTheChannelsBeforeTheBridge()
    {
        var ariEvent = new BridgeBlindTransfer { Channel = Agent, Transferee = Caller, Bridge = Talk };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[]
        {
            AriResourceKey.Channel(Agent.Id), AriResourceKey.Channel(Caller.Id), AriResourceKey.Bridge(Talk.Id),
        }));
    }

    [Test]
    public void BridgeAttendedTransfer_NamesEveryChannelThenEveryBridgeOnce()
    {
        var target = new Channel { Id = "agent-1002" };
        var ariEvent = new BridgeAttendedTransfer
        {
            TransfererFirstLeg = Agent,
            TransfererSecondLeg = new Channel { Id = "agent-1001-b" },
            Transferee = Caller,
            TransferTarget = target,
            TransfererFirstLegBridge = Talk,
            TransfererSecondLegBridge = Hold,
            DestinationType = "bridge",
            DestinationBridge = Talk.Id,
        };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[]
        {
            AriResourceKey.Channel(Agent.Id), AriResourceKey.Channel("agent-1001-b"), AriResourceKey.Channel(Caller.Id),
            AriResourceKey.Channel(target.Id), AriResourceKey.Bridge(Talk.Id), AriResourceKey.Bridge(Hold.Id),
        }));
    }

    [Test]
    public void ChannelTransfer_NamesTheReferringChannelFirst()
    {
        var ariEvent = new ChannelTransfer
        {
            ReferredBy = new ReferredBy { SourceChannel = Agent, Bridge = Talk },
            ReferTo = new ReferTo { DestinationChannel = Caller },
        };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[]
        {
            AriResourceKey.Channel(Agent.Id), AriResourceKey.Channel(Caller.Id), AriResourceKey.Bridge(Talk.Id),
        }));
    }

    [Test]
    public void EndpointStateChange_NamesTheEndpointByTechnologyAndResource()
    {
        var ariEvent = new EndpointStateChange { Endpoint = new Endpoint { Technology = "PJSIP", Resource = "agent1001", State = "online" } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { new AriResourceKey(AriResourceKind.Endpoint, "PJSIP/agent1001") }));
    }

    [Test]
    public void DeviceStateChanged_NamesTheDevice()
    {
        var ariEvent = new DeviceStateChanged { DeviceState = new DeviceState { Name = "Custom:agent1001", State = "INUSE" } };

        Assert.That(ariEvent.ResourceKeys, Is.EqualTo(new[] { AriResourceKey.DeviceState("Custom:agent1001") }));
    }

    [Test]
    public void ChannelVarset_OfAGlobalVariable_NamesNothing()
    {
        var ariEvent = new ChannelVarset { Variable = "GLOBAL_FLAG", Value = "1" };

        Assert.That(ariEvent.ResourceKeys, Is.Empty);
    }

    [Test]
    public void ApplicationReplaced_NamesNothing()
    {
        var ariEvent = new ApplicationReplaced { Application = "callcenter" };

        Assert.That(ariEvent.ResourceKeys, Is.Empty);
    }
}
