using System.Collections.Concurrent;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using CallCenter.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// A hotline whose callers go straight to the support queue, with the fake Asterisk and the whole server on one
/// <see cref="FakeTimeProvider"/>: a 30 s maximum wait passes in a few hundred steps of fake time, not in 30 s.
/// Nothing that waits — a prompt, a ring timeout, a wrap-up, the distributor's tick — moves until the test advances
/// the clock, which it does in <see cref="Step"/>s, giving the server a moment between two steps to react.
/// </summary>
/// <remarks>
/// What stays on real time: the websocket's keepalive (ClientWebSocket has no clock to give), HTTP, the database and
/// the journal outbox's writes (they wait on nothing unless the database fails) and the host's start and stop. None
/// of them decides anything a test here asserts.
/// </remarks>
internal sealed class TimedQueueRig : IAsyncDisposable
{
    /// <summary>How far the clock moves at once: ten of the distributor's ticks per second of fake time.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    /// <summary>The server's tick in these tests (Acd:TickInterval).</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How late, in fake time, the server may do something timed: the tick that notices it is due, and a few steps
    /// in which the clock moved on while the server was still reacting.
    /// </summary>
    public static readonly TimeSpan Tolerance = Tick + (3 * Step);

    /// <summary>The window of real time in which a quiet server makes no ARI request.</summary>
    private static readonly TimeSpan ReactionTime = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentQueue<AcdEvent> events = new();
    private readonly AcdSubscription subscription;
    private readonly Task reading;

    private TimedQueueRig(HotlineRig hotline, FakeTimeProvider time)
    {
        Hotline = hotline;
        Time = time;
        subscription = hotline.Service<IAcdEventBus>().Subscribe("timed-queue-tests", capacity: 100_000);
        reading = Task.Run(async () =>
        {
            await foreach (var acdEvent in subscription.ReadAllAsync(CancellationToken.None))
            {
                events.Enqueue(acdEvent);
            }
        });
    }

    public HotlineRig Hotline { get; }

    public FakeTimeProvider Time { get; }

    public FakeAsterisk Asterisk => Hotline.Asterisk;

    public CallDistributor Distributor => Hotline.Service<CallDistributor>();

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The distributor as it was after the last step.</summary>
    public DistributorView View { get; private set; } = null!;

    /// <summary>The agent as the distributor saw them after the last step.</summary>
    public AgentView Agent(string extension) => View.Agents.Single(a => a.Extension == extension);

    /// <summary>Everything the distributor published since the start, in order.</summary>
    public IReadOnlyList<AcdEvent> Events => [.. events];

    /// <summary>
    /// Starts the hotline on <paramref name="queues"/> (a queue file with a queue named support) with the agents
    /// logged in and their softphones behaving as given.
    /// </summary>
    public static async Task<TimedQueueRig> StartAsync(string queues, params (string Extension, AgentBehavior Behavior)[] agents)
    {
        var time = new FakeTimeProvider(DemoDatabase.SeededAt);
        var hotline = await HotlineRig.StartAsync(new HotlineRigOptions
        {
            FakeTime = time,
            Flow = StraightToQueueFlow.Text,
            PlaybackSpeed = 1.0,
            Queues = queues,
            AgentsLoggedIn = [.. agents.Select(a => a.Extension)],
            Settings = new Dictionary<string, string?>
            {
                ["Acd:TickInterval"] = Tick.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                ["Acd:RestAfterMissedOffer"] = "00:00:00.5",
            },
        });
        foreach (var (extension, behavior) in agents)
        {
            hotline.Asterisk.AddEndpoint(extension, behavior);
        }
        var rig = new TimedQueueRig(hotline, time);
        rig.View = await rig.Distributor.ViewAsync().WaitAsync(HotlineRig.Patience);
        await rig.AdvanceUntilAsync(
            () => rig.View.Agents.Count(a => a.State == AgentState.Available) == agents.Length,
            "every agent logged in",
            TimeSpan.FromSeconds(1));
        return rig;
    }

    /// <summary>
    /// A demo customer of <paramref name="tier"/> the hotline speaks English to, whose last agent — as the server
    /// reads it from their five latest seeded calls — passes <paramref name="lastAgent"/> (null: none).
    /// </summary>
    public static (string Number, string? LastAgent) Customer(CustomerTier tier, Func<string?, bool> lastAgent)
    {
        var calls = DemoDatabase.Data.Calls.Where(c => c.CustomerId is not null).ToLookup(c => c.CustomerId!.Value);
        return DemoDatabase.Data.Customers
            .Where(c => c.Tier == tier && c.PreferredLanguage is null or "en" && c.Phones.Count > 0)
            .Select(c => (Number: c.Phones[0], LastAgent: calls[c.Id]
                .OrderByDescending(r => r.StartedAt)
                .ThenByDescending(r => r.CallId, StringComparer.Ordinal)
                .Take(5)
                .FirstOrDefault(r => r.AgentExtension is not null)?.AgentExtension))
            .First(c => lastAgent(c.LastAgent));
    }

    /// <summary>A call from <paramref name="number"/> (a stranger's when null), advanced until it waits in the queue.</summary>
    public async Task<HotlineCaller> CallAndWaitInQueueAsync(string? number = null)
    {
        var caller = await Hotline.CallAsync(number);
        await AdvanceUntilAsync(() => QueuedAt(caller.CallId) is not null, $"call {caller.CallId} waiting in the queue", TimeSpan.FromSeconds(5));
        return caller;
    }

    /// <summary>When the distributor queued the call (fake time), or null before.</summary>
    public DateTimeOffset? QueuedAt(string callId) =>
        Events.OfType<CallQueued>().FirstOrDefault(e => e.CallId == callId)?.At;

    /// <summary>The call's offers, in order.</summary>
    public IReadOnlyList<CallOffered> OffersOf(string callId) =>
        [.. Events.OfType<CallOffered>().Where(e => e.CallId == callId)];

    /// <summary>How the distributor saw the call end, or null before.</summary>
    public CallEnded? EndOf(string callId) =>
        Events.OfType<CallEnded>().FirstOrDefault(e => e.CallId == callId);

    /// <summary>
    /// Moves the clock a <see cref="Step"/> (or <paramref name="step"/>, for long stretches where a tick more or less does not matter) at a time until <paramref name="condition"/> holds, and says when (fake
    /// time) it was first seen to. Fails when it does not within <paramref name="within"/> of fake time.
    /// </summary>
    public async Task<DateTimeOffset> AdvanceUntilAsync(Func<bool> condition, string description, TimeSpan within, TimeSpan? step = null)
    {
        var until = Now + within;
        var realDeadline = DateTime.UtcNow + HotlineRig.Patience;
        while (!condition())
        {
            if (Now >= until)
            {
                throw new TimeoutException($"Not true within {within.TotalSeconds:0.#} s of fake time: {description}");
            }
            if (DateTime.UtcNow > realDeadline)
            {
                throw new TimeoutException($"Not true within {HotlineRig.Patience.TotalSeconds:0.#} s of real time ({(Now - (until - within)).TotalSeconds:0.#} s of fake time): {description}");
            }
            await StepAsync(step ?? Step);
        }
        return Now;
    }

    /// <summary>Moves the clock <paramref name="duration"/> forward, a <see cref="Step"/> (or <paramref name="step"/>) at a time.</summary>
    public async Task AdvanceAsync(TimeSpan duration, TimeSpan? step = null)
    {
        var until = Now + duration;
        while (Now < until)
        {
            await StepAsync(step ?? Step);
        }
    }

    public async ValueTask DisposeAsync()
    {
        subscription.Dispose();
        await reading;
        await Hotline.DisposeAsync();
    }

    /// <summary>
    /// One step of the clock, then real time until the server is quiet: its distributor caught up (it answers a view
    /// only after everything posted before) and no new ARI request reached the fake Asterisk during one
    /// <see cref="ReactionTime"/>. A heuristic — a server busy with its database alone looks quiet — which is why
    /// assertions on when something happened allow <see cref="Tolerance"/>.
    /// </summary>
    private async Task StepAsync(TimeSpan step)
    {
        Time.Advance(step);
        var requests = -1;
        // Bounded: a server that never goes quiet is the assertions' to catch, not a reason to hang.
        for (var look = 0; look < 20; look++)
        {
            View = await Distributor.ViewAsync().WaitAsync(HotlineRig.Patience);
            await Task.Delay(ReactionTime);
            var now = Asterisk.Requests.Count;
            if (now == requests)
            {
                return;
            }
            requests = now;
        }
    }
}
