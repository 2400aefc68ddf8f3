using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Customers;
using CallCenter.Core.Tests.Acd.Agents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Distribution;

/// <summary>A distributor on fake time with a roster, a bus the test reads, and callers that record what they are told.</summary>
internal sealed class DistributorRig : IAsyncDisposable
{
    private DistributorRig(AcdConfiguration configuration, DistributorOptions options)
    {
        Time = AgentClock.NewTime();
        Journal = new AgentJournal();
        Bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        Events = Bus.Subscribe("test", capacity: 100_000);
        Roster = new AgentRoster(configuration, Journal, Bus, Time, AgentClock.Zone, NullLogger<AgentRoster>.Instance);
        Distributor = new CallDistributor(configuration, Roster, Bus, Time, options, NullLogger<CallDistributor>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public AgentJournal Journal { get; }

    public AcdEventBus Bus { get; }

    public AcdSubscription Events { get; }

    public AgentRoster Roster { get; }

    public CallDistributor Distributor { get; }

    public static DistributorRig Start(AcdConfiguration configuration, DistributorOptions? options = null)
    {
        var rig = new DistributorRig(configuration, options ?? new DistributorOptions { RestAfterMissedOffer = TimeSpan.FromSeconds(5) });
        rig.Distributor.Start();
        return rig;
    }

    public static AgentDefinition Agent(string extension, params (string Skill, int Level)[] skills) => new()
    {
        Extension = extension,
        Name = $"Agent {extension}",
        Skills = skills.ToDictionary(s => s.Skill, s => s.Level),
    };

    public static AcdConfiguration Setup(IEnumerable<QueueDefinition> queues, IEnumerable<AgentDefinition> agents, int autoPauseAfter = 2) => new()
    {
        Queues = queues.ToDictionary(q => q.Name),
        Agents = agents.ToDictionary(a => a.Extension),
        AutoPauseAfterMissedOffers = autoPauseAfter,
    };

    public WaitingCaller Enqueue(string callId, string queue, CustomerTier tier = CustomerTier.Regular, string? lastAgent = null)
    {
        var caller = new WaitingCaller(callId);
        Distributor.Enqueue(new QueueRequest(callId, queue, "+15550100000", null, tier, "en", lastAgent, []), caller);
        return caller;
    }

    /// <summary>Waits until the distributor has handled everything sent to it so far.</summary>
    public Task SettleAsync() => Distributor.ViewAsync().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Moves fake time on in one-second steps, letting the distributor handle each tick.</summary>
    public async Task PassAsync(TimeSpan span)
    {
        for (var passed = TimeSpan.Zero; passed < span; passed += TimeSpan.FromSeconds(1))
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await SettleAsync();
        }
    }

    public async Task LogInAsync(params string[] extensions)
    {
        foreach (var extension in extensions)
        {
            var result = await Distributor.LogInAsync(extension, pauseReason: null);
            Assert.That(result.IsRefused, Is.False, result.ToString());
        }
    }

    public List<AcdEvent> ReadEvents()
    {
        var read = new List<AcdEvent>();
        while (Events.Events.TryRead(out var acdEvent))
        {
            read.Add(acdEvent);
        }
        return read;
    }

    public async ValueTask DisposeAsync()
    {
        Events.Dispose();
        await Distributor.DisposeAsync();
    }
}
