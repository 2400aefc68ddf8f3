using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CallCenter.Ari.Streaming;

/// <summary>
/// A bounded queue with exactly one consumer, so the messages of one owner (one call) are handled one at a
/// time and in order, while other owners run in parallel. Posting never blocks: a full mailbox faults —
/// loudly — instead of silently dropping messages or stalling the websocket reader.
/// </summary>
public sealed class Mailbox<T> : IAsyncDisposable
{
    private readonly Channel<T> queue;
    private readonly Func<T, CancellationToken, ValueTask> handle;
    private readonly Func<Exception, ValueTask> onFault;
    private readonly ILogger logger;
    private readonly IReadOnlyDictionary<string, object?> logScope;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task consumer;
    private Exception? overflow;

    /// <param name="name">Identifies the owner in logs and errors.</param>
    /// <param name="capacity">How many messages may wait before the mailbox faults.</param>
    /// <param name="handle">Called for each message, never concurrently.</param>
    /// <param name="onFault">
    /// Called once, on the consumer, after the mailbox overflowed (the running handler is cancelled first)
    /// or a handler threw. Nothing more is handled after it.
    /// </param>
    /// <param name="logScope">Properties every log line written while handling carries (e.g. CallId).</param>
    public Mailbox(
        string name,
        int capacity,
        Func<T, CancellationToken, ValueTask> handle,
        Func<Exception, ValueTask> onFault,
        ILogger logger,
        IReadOnlyDictionary<string, object?>? logScope = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Name = name;
        Capacity = capacity;
        this.handle = handle;
        this.onFault = onFault;
        this.logger = logger;
        this.logScope = logScope ?? new Dictionary<string, object?>();
        queue = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        consumer = Task.Run(ConsumeAsync);
    }

    public string Name { get; }

    public int Capacity { get; }

    public bool IsFaulted { get; private set; }

    /// <summary>Completes when the consumer has stopped: everything queued before <see cref="Complete"/> is handled.</summary>
    public Task Completion => consumer;

    /// <summary>Queues a message without waiting. False when the mailbox is closed or has just overflowed.</summary>
    public bool TryPost(T message)
    {
        if (queue.Writer.TryWrite(message))
        {
            return true;
        }
        if (queue.Writer.TryComplete())
        {
            // It was full, not closed: the owner is stuck. Fail it rather than drop or wait.
            Volatile.Write(ref overflow, new MailboxOverflowException(Name, Capacity));
            logger.LogError("{Mailbox} overflowed with {Capacity} messages waiting; failing its owner", Name, Capacity);
            stopping.Cancel();
        }
        return false;
    }

    /// <summary>No more messages: the consumer finishes what is queued, then stops.</summary>
    public void Complete() => queue.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        Complete();
        await stopping.CancelAsync().ConfigureAwait(false);
        await consumer.ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task ConsumeAsync()
    {
        using var scope = logger.BeginScope(logScope);
        var token = stopping.Token;
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                await handle(message, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            if (Volatile.Read(ref overflow) is { } full)
            {
                await FaultAsync(full).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            queue.Writer.TryComplete();
            logger.LogError(exception, "{Mailbox} handler failed", Name);
            await FaultAsync(exception).ConfigureAwait(false);
        }
    }

    private async Task FaultAsync(Exception reason)
    {
        IsFaulted = true;
        try
        {
            await onFault(reason).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "{Mailbox} fault handler failed", Name);
        }
    }
}
