using System.Threading.Channels;

namespace CallCenter.Server.Tests.Commands;

/// <summary>The caller's keypad in a test: keys are typed when the test says, and ending the input hangs up.</summary>
internal sealed class DialKeys : TextReader
{
    private readonly Channel<char> typed = Channel.CreateUnbounded<char>();

    public void Press(string keys)
    {
        foreach (var key in keys)
        {
            typed.Writer.TryWrite(key);
        }
    }

    /// <summary>The end of the input, as when a script feeding `dial` ends.</summary>
    public void End() => typed.Writer.TryComplete();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0 || !await typed.Reader.WaitToReadAsync(cancellationToken))
        {
            return 0;
        }
        typed.Reader.TryRead(out var key);
        buffer.Span[0] = key;
        return 1;
    }
}
