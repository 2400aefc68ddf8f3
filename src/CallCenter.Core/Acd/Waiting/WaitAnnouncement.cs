namespace CallCenter.Core.Acd.Waiting;

/// <summary>
/// What a waiting caller is told: their place in line and, when it is worth saying, the wait in whole minutes
/// (<see cref="Minutes"/> null: no estimate said; <see cref="Long"/>: longer than the longest wait we say).
/// </summary>
public sealed record WaitAnnouncement(int Position, int? Minutes, bool Long)
{
    /// <summary>Waits above this are said as "longer than twenty minutes": a precise long estimate is rarely right.</summary>
    public const int LongestMinutesSaid = 20;

    /// <summary>
    /// The announcement for a caller at <paramref name="position"/>, or null when it would tell them nothing new:
    /// the same as the <paramref name="previous"/> one. The caller next in line hears only that; a wait under a
    /// minute or without an estimate is not said.
    /// </summary>
    public static WaitAnnouncement? Next(int position, TimeSpan? estimate, WaitAnnouncement? previous)
    {
        if (position < 1)
        {
            return null;
        }
        WaitAnnouncement next;
        if (position == 1 || estimate is not { } wait || wait < TimeSpan.FromMinutes(1))
        {
            next = new WaitAnnouncement(position, null, false);
        }
        else
        {
            var minutes = (int)Math.Round(wait.TotalMinutes, MidpointRounding.AwayFromZero);
            next = minutes > LongestMinutesSaid
                ? new WaitAnnouncement(position, null, true)
                : new WaitAnnouncement(position, Math.Max(1, minutes), false);
        }
        return next == previous ? null : next;
    }
}
