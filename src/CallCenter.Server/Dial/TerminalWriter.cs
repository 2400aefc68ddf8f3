using System.Text;

namespace CallCenter.Server.Dial;

/// <summary>
/// The terminal `dial` writes to, shared by the call's transcript, the log and the command: one writer at a
/// time, and every line on a line of its own — except the keys, which are shown on one line as they are typed
/// until something else is written.
/// </summary>
internal sealed class TerminalWriter(TextWriter output) : TextWriter
{
    private readonly Lock gate = new();
    private bool atLineStart = true;
    private object? lineOpenedBy;

    public override Encoding Encoding => output.Encoding;

    /// <summary>Writes <paramref name="text"/> as a line of its own.</summary>
    public void Line(string text)
    {
        lock (gate)
        {
            Put(atLineStart ? text + NewLine : NewLine + text + NewLine);
        }
    }

    /// <summary>
    /// Adds <paramref name="more"/> to the line <paramref name="owner"/> left open, or opens a new one with
    /// <paramref name="start"/> when anything else was written since.
    /// </summary>
    public void Continue(object owner, string start, string more)
    {
        lock (gate)
        {
            var continuing = ReferenceEquals(lineOpenedBy, owner) && !atLineStart;
            Put(continuing ? more : (atLineStart ? "" : NewLine) + start + more);
            lineOpenedBy = owner;
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        lock (gate)
        {
            Put(value);
        }
    }

    public override void WriteLine(string? value) => Write(value + NewLine);

    public override void Flush() => output.Flush();

    private void Put(string text)
    {
        output.Write(text);
        output.Flush();
        atLineStart = text.EndsWith('\n');
        lineOpenedBy = null;
    }
}
