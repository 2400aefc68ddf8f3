using System.Globalization;

namespace CallCenter.Server.Web;

/// <summary>How long something has lasted, as a wallboard shows it: "0:42", "12:05", "1:02:09".</summary>
public static class ElapsedTime
{
    public static string Text(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }
        return elapsed.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalHours}:{elapsed.Minutes:00}:{elapsed.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{elapsed.Minutes}:{elapsed.Seconds:00}");
    }

    public static string Since(DateTimeOffset start, DateTimeOffset now) => Text(now - start);
}
