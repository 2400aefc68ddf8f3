using System.Collections.Concurrent;
using System.Threading.Channels;
using CallCenter.Core.Acd.Events;
using CallCenter.Server.Web.Desk;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>A desktop as <see cref="DeskEvents"/> sees it, keeping what it is handed for the test to await.</summary>
internal sealed class RecordingWatcher : IDeskWatcher
{
    private readonly Channel<ScreenPop> pops = Channel.CreateUnbounded<ScreenPop>();
    private readonly TaskCompletionSource resynced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<AcdEvent> Events { get; } = new();

    /// <summary>When set, the first event blocks the reader until this is set: a desktop that stalls the loop.</summary>
    public ManualResetEventSlim? Stall { get; init; }

    public Task Resynced => resynced.Task;

    public Task OnEventAsync(AcdEvent acdEvent)
    {
        Events.Enqueue(acdEvent);
        if (Stall is { } stall && Events.Count == 1)
        {
            stall.Wait(TimeSpan.FromSeconds(30));
        }
        return Task.CompletedTask;
    }

    public Task OnPopAsync(ScreenPop pop)
    {
        pops.Writer.TryWrite(pop);
        return Task.CompletedTask;
    }

    public Task OnResyncAsync()
    {
        resynced.TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>The next pop handed to this desktop.</summary>
    public async Task<ScreenPop> NextPopAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        return await pops.Reader.ReadAsync(timeout.Token);
    }
}
