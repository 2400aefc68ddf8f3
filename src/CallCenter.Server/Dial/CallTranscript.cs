using System.Globalization;

namespace CallCenter.Server.Dial;

/// <summary>
/// The call as the admin follows it on the terminal: one line per thing that happens — what the caller hears,
/// presses, and each step the journal keeps — stamped with the time since the call began.
/// </summary>
internal sealed class CallTranscript(TerminalWriter output, TimeProvider time)
{
    private DateTimeOffset start = time.GetUtcNow();

    public void Begin() => start = time.GetUtcNow();

    public TimeSpan Elapsed => time.GetUtcNow() - start;

    public void Line(string what, string text) => output.Line(Start(what) + text);

    /// <summary>A key the caller pressed: keys typed one after the other share a line.</summary>
    public void Key(char key) => output.Continue(this, Start("press"), key.ToString());

    private string Start(string what)
    {
        var elapsed = Elapsed;
        return string.Create(CultureInfo.InvariantCulture, $"[{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}.{elapsed.Milliseconds / 100}] {what,-6} ");
    }
}
