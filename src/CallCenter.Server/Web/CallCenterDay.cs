namespace CallCenter.Server.Web;

/// <summary>Where "today" begins for the desk's and the supervisor's figures: midnight in the call center's time zone, not UTC.</summary>
public static class CallCenterDay
{
    public static DateTimeOffset StartOf(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date;
        // A zone whose clocks skip midnight (a DST change at 00:00) has no such local time: the day starts at the
        // first minute it does have.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(1);
        }
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
