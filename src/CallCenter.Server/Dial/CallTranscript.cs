using System.Globalization;

namespace CallCenter.Server.Dial;

/// <summary>
/// The call as the admin follows it on the terminal: one line per thing that happens — what the caller hears,
/// presses, and each step the journal keeps — stamped with the time since the call began.
/// </summary>
internal sealed class CallTranscript(TextWriter output, TimeProvider time)
{
    private DateTimeOffset start = time.GetUtcNow();

    public void Begin() => start = time.GetUtcNow();

    public TimeSpan Elapsed => time.GetUtcNow() - start;

    public void Line(string what, string text)
    {
        var elapsed = Elapsed;
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}.{elapsed.Milliseconds / 100}");
        output.WriteLine($"[{stamp}] {what,-6} {text}");
    }
}
