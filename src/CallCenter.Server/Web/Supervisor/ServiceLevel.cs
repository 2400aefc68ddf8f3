using System.Globalization;
using CallCenter.Core.Records;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>
/// Of the calls that reached a queue, how many an agent answered within the queue's target (<see cref="Met"/>) out
/// of those that count (<see cref="Counted"/>). A call answered late, or that ended unanswered (abandoned,
/// overflowed, voicemail, a callback given up), counts against; one still waiting counts against once it has
/// waited past the target, and not at all before, since it may yet be answered in time.
/// </summary>
public sealed record ServiceLevel(int Met, int Counted)
{
    public static readonly ServiceLevel None = new(0, 0);

    /// <summary>Met / Counted, or null when no call counts yet.</summary>
    public double? Share => Counted == 0 ? null : (double)Met / Counted;

    /// <summary>"85%", or "—" when no call counts yet.</summary>
    public string Display => Share is { } share
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(share * 100):0}%")
        : "—";

    /// <summary>The service level of <paramref name="queue"/> over <paramref name="calls"/>, as it stands at <paramref name="now"/>.</summary>
    public static ServiceLevel Of(IEnumerable<CallRecord> calls, string queue, TimeSpan target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var met = 0;
        var counted = 0;
        foreach (var call in calls)
        {
            if (call.Queue != queue || call.EnqueuedAt is not { } queued)
            {
                continue;
            }
            if (call.ConnectedAt is { } connected)
            {
                counted++;
                if (connected - queued <= target)
                {
                    met++;
                }
            }
            else if (!StillWaiting(call) || now - queued > target)
            {
                counted++;
            }
        }
        return new ServiceLevel(met, counted);
    }

    /// <summary>Every queue's service level over the same calls.</summary>
    public static IReadOnlyDictionary<string, ServiceLevel> OfEach(IReadOnlyList<CallRecord> calls, IEnumerable<(string Queue, TimeSpan Target)> queues, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(queues);
        return queues.ToDictionary(q => q.Queue, q => Of(calls, q.Queue, q.Target, now), StringComparer.Ordinal);
    }

    /// <summary>A callback keeps its place, so it is waiting as much as a caller on hold is.</summary>
    private static bool StillWaiting(CallRecord call) => call.Outcome is CallOutcome.InProgress or CallOutcome.CallbackRequested;
}
