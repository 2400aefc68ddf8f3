using System.Text;

namespace CallCenter.Server.Commands;

/// <summary>
/// Where `agent pin` gets the new PIN: typed twice at a terminal that shows nothing of it, or one line of
/// standard input for a script. The PIN is held only long enough to hash it.
/// </summary>
/// <param name="Input">Keys as they are pressed at a terminal (nothing echoed), or standard input's text.</param>
/// <param name="IsTerminal">True when someone types at a terminal rather than a script feeding standard input.</param>
public sealed record PinEntry(TextReader Input, bool IsTerminal)
{
    private const char Backspace = '\b';
    private const char Delete = '\x7f';

    /// <summary>The console: keys read unseen when it is a terminal, otherwise standard input.</summary>
    public static PinEntry FromConsole()
    {
        if (Console.IsInputRedirected)
        {
            return new PinEntry(Console.In, IsTerminal: false);
        }
        // Asking whether a key waits turns the terminal's echo off now rather than at the first read, so a PIN
        // typed ahead of its prompt is not shown either.
        _ = Console.KeyAvailable;
        return new PinEntry(new Dial.ConsoleKeys(), IsTerminal: true);
    }

    /// <summary>One line of standard input, without the whitespace around it; null when the input has ended.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        (await Input.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();

    /// <summary>Asks with <paramref name="prompt"/> and reads keys up to Enter, showing none; null when the input ended first (Ctrl+D).</summary>
    public async Task<string?> AskHiddenAsync(string prompt, TextWriter terminal, CancellationToken cancellationToken)
    {
        await terminal.WriteAsync(prompt).ConfigureAwait(false);
        await terminal.FlushAsync(cancellationToken).ConfigureAwait(false);
        var typed = new StringBuilder();
        var key = new char[1];
        while (true)
        {
            if (await Input.ReadAsync(key.AsMemory(), cancellationToken).ConfigureAwait(false) == 0)
            {
                await terminal.WriteLineAsync().ConfigureAwait(false);
                return null;
            }
            switch (key[0])
            {
                case '\r' or '\n':
                    await terminal.WriteLineAsync().ConfigureAwait(false);
                    return typed.ToString();
                case Backspace or Delete:
                    typed.Length = Math.Max(0, typed.Length - 1);
                    break;
                default:
                    typed.Append(key[0]);
                    break;
            }
        }
    }
}
