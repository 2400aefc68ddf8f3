using CallCenter.Ari.Events;
using CallCenter.Ari.Models;
using CallCenter.Ari.Streaming;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Ari.Tests.Streaming;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class AriEventRouterTests
{
    private readonly AriEventRouter router = new(NullLogger<AriEventRouter>.Instance);

    [Test]
    public void Dispatch_EventOfRegisteredChannel_GoesToItsOwnerOnly()
    {
        var alice = new RecordingSink();
        var bob = new RecordingSink();
        router.Register(AriResourceKey.Channel("1.1"), alice);
        router.Register(AriResourceKey.Channel("2.2"), bob);

        router.Dispatch(Dtmf("1.1", "5"));

        Assert.Multiple(() =>
        {
            Assert.That(alice.Events, Has.Count.EqualTo(1));
            Assert.That(bob.Events, Is.Empty);
        });
    }

    [Test]
    public void Dispatch_PlaybackFinished_FindsOwnerThroughItsTargetChannel()
    {
        var call = new RecordingSink();
        router.Register(AriResourceKey.Channel("1.1"), call);

        router.Dispatch(new PlaybackFinished { Type = "PlaybackFinished", Playback = new Playback { Id = "unknown-pb", TargetUri = "channel:1.1", State = "done" } });

        Assert.That(call.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public void Dispatch_EventNamingTwoResourcesOfOneOwner_DeliveredOnce()
    {
        var call = new RecordingSink();
        router.Register(AriResourceKey.Channel("1.1"), call);
        router.Register(AriResourceKey.Bridge("b-1"), call);

        router.Dispatch(new ChannelEnteredBridge { Type = "ChannelEnteredBridge", Channel = new Channel { Id = "1.1" }, Bridge = new Bridge { Id = "b-1" } });

        Assert.That(call.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public void Dispatch_EventNamingResourcesOfTwoOwners_ReachesBoth()
    {
        var caller = new RecordingSink();
        var supervisor = new RecordingSink();
        router.Register(AriResourceKey.Channel("1.1"), caller);
        router.Register(AriResourceKey.Bridge("b-1"), supervisor);

        router.Dispatch(new ChannelEnteredBridge { Type = "ChannelEnteredBridge", Channel = new Channel { Id = "1.1" }, Bridge = new Bridge { Id = "b-1" } });

        Assert.Multiple(() =>
        {
            Assert.That(caller.Events, Has.Count.EqualTo(1));
            Assert.That(supervisor.Events, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Dispatch_NobodyOwnsIt_GoesToTheFallback()
    {
        var unrouted = new List<AriEvent>();
        router.OnUnrouted(unrouted.Add);

        router.Dispatch(new StasisStart { Type = "StasisStart", Channel = new Channel { Id = "9.9" } });

        Assert.That(unrouted, Has.Count.EqualTo(1));
    }

    [Test]
    public void Register_ResourceOwnedBySomeoneElse_IsRefused()
    {
        var first = new RecordingSink();
        router.Register(AriResourceKey.Channel("1.1"), first);

        var taken = router.Register(AriResourceKey.Channel("1.1"), new RecordingSink());

        Assert.That(taken, Is.False);
    }

    [Test]
    public void Unregister_BySomeoneWhoDoesNotOwnIt_KeepsTheOwner()
    {
        var owner = new RecordingSink();
        router.Register(AriResourceKey.Channel("1.1"), owner);

        router.Unregister(AriResourceKey.Channel("1.1"), new RecordingSink());
        router.Dispatch(Dtmf("1.1", "1"));

        Assert.That(owner.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public void Dispatch_OwnerRefuses_DoesNotThrow()
    {
        router.Register(AriResourceKey.Channel("1.1"), new RecordingSink { Accepts = false });

        Assert.DoesNotThrow(() => router.Dispatch(Dtmf("1.1", "1")));
    }

    private static ChannelDtmfReceived Dtmf(string channelId, string digit) =>
        new() { Type = "ChannelDtmfReceived", Digit = digit, Channel = new Channel { Id = channelId } };

    private sealed class RecordingSink : IAriEventSink
    {
        public List<AriEvent> Events { get; } = [];

        public bool Accepts { get; init; } = true;

        public bool TryDeliver(AriEvent ariEvent)
        {
            if (Accepts)
            {
                Events.Add(ariEvent);
            }
            return Accepts;
        }
    }
}
