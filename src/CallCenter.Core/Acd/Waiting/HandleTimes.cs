namespace CallCenter.Core.Acd.Waiting;

/// <summary>
/// How long each queue's recent calls took an agent (talk and wrap-up): the last <c>keep</c> calls that ended
/// within <c>window</c>, so an estimate follows how the queue is going now, not last week. Not thread-safe: it
/// belongs to the distributor's loop.
/// </summary>
public sealed class HandleTimes(int keep = 20, TimeSpan? window = null)
{
    private readonly TimeSpan window = window ?? TimeSpan.FromHours(1);
    private readonly Dictionary<string, Queue<(TimeSpan Handled, DateTimeOffset At)>> byQueue = new(StringComparer.Ordinal);

    public void Add(string queue, TimeSpan handled, DateTimeOffset at)
    {
        if (handled <= TimeSpan.Zero)
        {
            return;
        }
        if (!byQueue.TryGetValue(queue, out var recent))
        {
            byQueue[queue] = recent = new Queue<(TimeSpan, DateTimeOffset)>(keep);
        }
        recent.Enqueue((handled, at));
        while (recent.Count > keep)
        {
            recent.Dequeue();
        }
    }

    /// <summary>The mean handle time of the queue's recent calls, or null when none ended within the window.</summary>
    public TimeSpan? Average(string queue, DateTimeOffset now)
    {
        if (!byQueue.TryGetValue(queue, out var recent))
        {
            return null;
        }
        while (recent.Count > 0 && now - recent.Peek().At > window)
        {
            recent.Dequeue();
        }
        return recent.Count == 0 ? null : TimeSpan.FromTicks((long)recent.Average(r => r.Handled.Ticks));
    }
}
