using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using CallCenter.Core.Records;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Tests.Acd.Events;

public sealed class AcdEventBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private LogCapture logs = null!;
    private ILoggerFactory loggerFactory = null!;
    private AcdEventBus bus = null!;

    [SetUp]
    public void SetUp()
    {
        logs = new LogCapture();
        loggerFactory = logs.CreateFactory();
        bus = new AcdEventBus(loggerFactory.CreateLogger<AcdEventBus>());
    }

    [TearDown]
    public void TearDown()
    {
        loggerFactory.Dispose();
        logs.Dispose();
    }

    [Test]
    public async Task Publish_WithTwoSubscribers_EachGetsEveryEventInOrder()
    {
        using var desktop = bus.Subscribe("desktop");
        using var reports = bus.Subscribe("reports");
        var published = Events(5);

        foreach (var acdEvent in published)
        {
            bus.Publish(acdEvent);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await ReadAsync(desktop, 5), Is.EqualTo(published));
            Assert.That(await ReadAsync(reports, 5), Is.EqualTo(published));
        });
    }

    [Test]
    public async Task Publish_EveryKindOfEvent_ArrivesAsPublished()
    {
        using var desktop = bus.Subscribe("desktop");
        AcdEvent[] published =
        [
            new CallQueued(Start, "1795357895.0", "sales", "+85291234567", 42, CustomerTier.Vip),
            new CallOffered(Start.AddSeconds(8), "1795357895.0", "sales", "1001", "+85291234567", 42, CustomerTier.Vip,
                [new CallStep("1795357895.0", 1, Start.AddSeconds(-30), "main-menu", "1")], TimeSpan.FromSeconds(8)),
            new CallConnected(Start.AddSeconds(12), "1795357895.0", "sales", "1001", TimeSpan.FromSeconds(8)),
            new CallEnded(Start.AddSeconds(90), "1795357895.0", "sales", "1001", CallOutcome.Answered),
            new AgentStateChanged(Start.AddSeconds(90), "1001", AgentState.OnCall, AgentState.WrapUp, "call ended"),
        ];

        foreach (var acdEvent in published)
        {
            bus.Publish(acdEvent);
        }

        Assert.That(await ReadAsync(desktop, published.Length), Is.EqualTo(published));
    }

    [Test]
    public async Task Publish_WhenOneSubscriberStopsReading_OthersStillGetEveryEvent()
    {
        using var stalled = bus.Subscribe("stalled", capacity: 2);
        using var desktop = bus.Subscribe("desktop", capacity: 100);
        var published = Events(10);

        foreach (var acdEvent in published)
        {
            bus.Publish(acdEvent);
        }

        Assert.That(await ReadAsync(desktop, 10), Is.EqualTo(published));
    }

    [Test]
    public async Task Publish_BeyondASubscribersCapacity_DropsItAfterWhatItHadBuffered()
    {
        using var stalled = bus.Subscribe("stalled", capacity: 2);
        var published = Events(3);

        foreach (var acdEvent in published)
        {
            bus.Publish(acdEvent);
        }

        var received = new List<AcdEvent>();
        using var timeout = new CancellationTokenSource(Patience);
        Assert.That(
            async () =>
            {
                await foreach (var acdEvent in stalled.ReadAllAsync(timeout.Token))
                {
                    received.Add(acdEvent);
                }
            },
            Throws.TypeOf<AcdSubscriberFellBehindException>());
        Assert.That(received, Is.EqualTo(published.Take(2)));
    }

    [Test]
    public void Publish_BeyondASubscribersCapacity_WarnsNamingTheSubscriber()
    {
        using var stalled = bus.Subscribe("wallboard", capacity: 1);

        bus.Publish(Events(1)[0]);
        bus.Publish(Events(2)[1]);

        Assert.That(
            logs.AtLeast(LogLevel.Warning).Select(e => e.Properties.GetValueOrDefault("Subscriber")),
            Is.EqualTo(new[] { "wallboard" }));
    }

    [Test]
    public async Task Publish_AfterASubscriberWasDropped_OthersKeepGettingEvents()
    {
        using var stalled = bus.Subscribe("stalled", capacity: 1);
        using var desktop = bus.Subscribe("desktop");
        var published = Events(4);

        foreach (var acdEvent in published)
        {
            bus.Publish(acdEvent);
        }

        Assert.That(await ReadAsync(desktop, 4), Is.EqualTo(published));
    }

    [Test]
    public async Task Dispose_EndsTheSubscriptionsReading()
    {
        var desktop = bus.Subscribe("desktop");
        bus.Publish(Events(1)[0]);

        desktop.Dispose();
        bus.Publish(Events(2)[1]);

        var received = new List<AcdEvent>();
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var acdEvent in desktop.ReadAllAsync(timeout.Token))
        {
            received.Add(acdEvent);
        }
        Assert.That(received, Is.EqualTo(Events(1)));
    }

    [Test]
    public async Task Subscribe_AfterEventsWerePublished_GetsOnlyLaterOnes()
    {
        bus.Publish(Events(1)[0]);

        using var desktop = bus.Subscribe("desktop");
        bus.Publish(Events(2)[1]);

        Assert.That(await ReadAsync(desktop, 1), Is.EqualTo(new[] { Events(2)[1] }));
    }

    private static AcdEvent[] Events(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new AgentStateChanged(Start.AddSeconds(i), "1001", AgentState.Available, AgentState.Paused, $"reason {i}"))];

    private static async Task<List<AcdEvent>> ReadAsync(AcdSubscription subscription, int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var received = new List<AcdEvent>();
        while (received.Count < count)
        {
            received.Add(await subscription.Events.ReadAsync(timeout.Token));
        }
        return received;
    }
}
