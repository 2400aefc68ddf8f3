namespace CallCenter.Core.Ivr.Flows;

/// <summary>Day names in schedules: "mon", "monday", ranges "mon-fri", and "every-day".</summary>
internal static class WeekDays
{
    private static readonly DayOfWeek[] Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static IReadOnlyList<DayOfWeek>? Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (value is "every-day" or "daily")
        {
            return Week;
        }
        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return Day(parts[0]) is { } day ? [day] : null;
        }
        if (parts.Length != 2 || Day(parts[0]) is not { } first || Day(parts[1]) is not { } last)
        {
            return null;
        }
        var from = Array.IndexOf(Week, first);
        var to = Array.IndexOf(Week, last);
        return to < from ? null : Week[from..(to + 1)];
    }

    private static DayOfWeek? Day(string name) =>
        Week.Cast<DayOfWeek?>().FirstOrDefault(d => d.ToString()!.StartsWith(name, StringComparison.OrdinalIgnoreCase) && name.Length >= 3);
}
