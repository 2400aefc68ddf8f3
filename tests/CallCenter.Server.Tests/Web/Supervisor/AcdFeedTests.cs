using System.Threading.Channels;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Server.Web.Supervisor;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Server.Tests.Web.Supervisor;

public sealed class AcdFeedTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Feed_AnEventPublished_ReachesThePage()
    {
        var bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        var batches = Channel.CreateUnbounded<IReadOnlyList<AcdEvent>>();
        await using var feed = AcdFeed.Start(bus, "test page", b => batches.Writer.WriteAsync(b).AsTask(), NullLogger.Instance);
        var changed = Changed("1001");

        await PublishOnceSubscribedAsync(bus, feed, changed);

        using var timeout = new CancellationTokenSource(Patience);
        Assert.That(await batches.Reader.ReadAsync(timeout.Token), Is.EqualTo(new[] { changed }));
    }

    [Test]
    public async Task Feed_DroppedForFallingBehind_SubscribesAgainAndSaysStartOver()
    {
        var bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        var batches = Channel.CreateUnbounded<IReadOnlyList<AcdEvent>>();
        var firstBatchHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = 0;
        await using var feed = AcdFeed.Start(
            bus,
            "slow page",
            async batch =>
            {
                await batches.Writer.WriteAsync(batch);
                if (Interlocked.Increment(ref held) == 1)
                {
                    firstBatchHeld.SetResult();
                    await release.Task;
                }
            },
            NullLogger.Instance,
            capacity: 1);
        await PublishOnceSubscribedAsync(bus, feed, Changed("1001"));
        await firstBatchHeld.Task.WaitAsync(Patience);

        bus.Publish(Changed("1002"));
        bus.Publish(Changed("1003"));
        release.SetResult();

        using var timeout = new CancellationTokenSource(Patience);
        IReadOnlyList<AcdEvent> batch;
        do
        {
            batch = await batches.Reader.ReadAsync(timeout.Token);
        }
        while (batch.Count > 0);
        var after = Changed("1004");
        bus.Publish(after);
        Assert.That(await batches.Reader.ReadAsync(timeout.Token), Is.EqualTo(new[] { after }));
    }

    private static async Task PublishOnceSubscribedAsync(AcdEventBus bus, AcdFeed feed, AcdEvent acdEvent)
    {
        await feed.Subscribed.WaitAsync(Patience);
        bus.Publish(acdEvent);
    }

    private static AgentStateChanged Changed(string agent) => new(At, agent, AgentState.Available, AgentState.Paused, "break");
}
