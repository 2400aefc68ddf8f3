using CallCenter.Core.Acd.Waiting;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>One call the distributor holds, from enqueue to the end of its talk. Owned by the distributor's loop.</summary>
internal sealed class QueuedCall(QueueRequest request, IQueuedCaller caller, DateTimeOffset enqueuedAt)
{
    public QueueRequest Request { get; } = request;

    public IQueuedCaller Caller { get; } = caller;

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
}
