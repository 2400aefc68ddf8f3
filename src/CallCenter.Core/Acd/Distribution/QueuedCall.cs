using CallCenter.Core.Acd.Waiting;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>One call the distributor holds, from enqueue to the end of its talk. Owned by the distributor's loop.</summary>
internal sealed class QueuedCall(QueueRequest request, IQueuedCaller caller, DateTimeOffset enqueuedAt)
{
    public QueueRequest Request { get; } = request;

    /// <summary>The live call, or once the caller asked to be called back, the callback dialer.</summary>
    public IQueuedCaller Caller { get; set; } = caller;

    public string CallId => Request.CallId;

    /// <summary>Sets priority and skill steps; kept when the call overflows to another queue.</summary>
    public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

    /// <summary>The queue the call waits in now.</summary>
    public string Queue { get; set; } = request.Queue;

    /// <summary>When the call entered <see cref="Queue"/>: its maximum wait counts from here.</summary>
    public DateTimeOffset InQueueSince { get; set; } = enqueuedAt;

    public QueuedCallState State { get; set; } = QueuedCallState.Waiting;

    /// <summary>The agent ringing for, or talking with, the caller.</summary>
    public string? Agent { get; set; }

    public DateTimeOffset? ConnectedAt { get; set; }

    public DateTimeOffset NextAnnouncementAt { get; set; }

    public WaitAnnouncement? LastAnnouncement { get; set; }

    /// <summary>The caller hung up to be called back: <see cref="Caller"/> dials them when their turn comes.</summary>
    public bool IsCallback { get; set; }

    /// <summary>Callbacks that found the customer unreachable so far.</summary>
    public int CallbackFailures { get; set; }

    /// <summary>When a callback that failed is tried again; until then the call keeps its place but is not routed.</summary>
    public DateTimeOffset? RetryAt { get; set; }

    /// <summary>The caller was offered a callback on overflow and has not yet said yes or no: not routed meanwhile.</summary>
    public bool AwaitingCallbackAnswer { get; set; }
}
