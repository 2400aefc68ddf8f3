using System.Globalization;
using CallCenter.Core.Acd.Distribution;

namespace CallCenter.Server.Web.Desk;

/// <summary>The call center's day as the desktop shows it: times in the call center's zone (Acd:TimeZone), today from its midnight.</summary>
public sealed class DeskDay(DistributorOptions options, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = DistributorOptions.FindTimeZone(options.TimeZone) ?? TimeZoneInfo.Local;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Local midnight of today in the call center's zone.</summary>
    public DateTimeOffset StartOfToday() => CallCenterDay.StartOf(Now, Zone);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>"14:05".</summary>
    public string Clock(DateTimeOffset at) => Local(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Nov 20, 2026 14:05".</summary>
    public string DateAndClock(DateTimeOffset at) => Local(at).ToString("MMM d, yyyy HH:mm", CultureInfo.InvariantCulture);
}
