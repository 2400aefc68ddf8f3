namespace CallCenter.Core.Acd.Distribution;

/// <summary>How the distributor's loop runs. Bound from the "Acd" configuration section.</summary>
public sealed class DistributorOptions
{
    public const string SectionName = "Acd";

    /// <summary>Default 1 s: how often waits are looked at (skill relaxation, last-agent waits, overflow, announcements, wrap-ups).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Default 10 s: after an agent misses an offer, how long before they are offered a call again (they may be stepping away).</summary>
    public TimeSpan RestAfterMissedOffer { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Default 3: how many times a callback calls the customer before it gives up.</summary>
    public int CallbackAttempts { get; set; } = 3;

    /// <summary>Default 2 min: after a callback found the customer busy or away, how long before it calls again (the customer keeps their place).</summary>
    public TimeSpan CallbackRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Default empty, the server's own: the call center's time zone id (e.g. "Asia/Shanghai"), where "today" starts for agents' answered calls.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>The time zone an id names (empty: the server's), or null when there is no such zone.</summary>
    public static TimeZoneInfo? FindTimeZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Local;
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    /// <summary>Agents logged in (available) when the server starts, until agents sign in from the desktop: extensions, or "*" for every configured agent.</summary>
    public IList<string> LogInAtStart { get; set; } = [];
}
