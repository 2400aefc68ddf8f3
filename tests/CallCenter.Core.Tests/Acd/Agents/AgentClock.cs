using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

/// <summary>The call center's clock for agent tests: fake time in a fixed UTC+8 zone with no daylight saving.</summary>
internal static class AgentClock
{
    /// <summary>Monday 23 November 2026, 09:00 in the call center (01:00 UTC).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("Hotline", TimeSpan.FromHours(8), "Hotline", "Hotline");

    public static FakeTimeProvider NewTime(DateTimeOffset? start = null) => new(start ?? Start);
}
