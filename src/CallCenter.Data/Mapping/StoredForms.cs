using System.Globalization;

namespace CallCenter.Data.Mapping;

/// <summary>How values are written as SQLite text: fixed widths, so that text order is time order.</summary>
internal static class StoredForms
{
    /// <summary>UTC with milliseconds, e.g. "2026-11-22T14:31:35.862+00:00".</summary>
    public const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public const string Date = "yyyy-MM-dd";

    public const string TimeOfDay = "HH:mm";

    public const string TimeOfDayWithSeconds = "HH:mm:ss";

    /// <summary>An instant as both databases keep it (milliseconds, UTC), so what is returned equals what is read back.</summary>
    public static DateTimeOffset Stored(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    public static string Text(DateTimeOffset value) => value.ToUniversalTime().ToString(Timestamp, CultureInfo.InvariantCulture);

    public static string Text(DateOnly value) => value.ToString(Date, CultureInfo.InvariantCulture);

    public static string Text(TimeOnly value) =>
        value.ToString(value is { Second: 0, Millisecond: 0 } ? TimeOfDay : TimeOfDayWithSeconds, CultureInfo.InvariantCulture);

    public static string Text(Guid value) => value.ToString("D");
}
