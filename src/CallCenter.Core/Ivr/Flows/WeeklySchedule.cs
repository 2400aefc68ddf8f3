namespace CallCenter.Core.Ivr.Flows;

/// <summary>Opening hours per weekday (a day may have several ranges, or none: closed), plus holidays.</summary>
public sealed record WeeklySchedule(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<(TimeOnly Opens, TimeOnly Closes)>> Days, IReadOnlySet<DateOnly> Holidays)
{
    public bool IsOpen(DateTime localTime)
    {
        var day = DateOnly.FromDateTime(localTime);
        if (Holidays.Contains(day) || !Days.TryGetValue(localTime.DayOfWeek, out var ranges))
        {
            return false;
        }
        var time = TimeOnly.FromDateTime(localTime);
        // A range may end at midnight ("20:00-24:00" is read as closing at 00:00 of the next day).
        return ranges.Any(r => time >= r.Opens && (r.Closes == TimeOnly.MinValue || time < r.Closes));
    }
}
