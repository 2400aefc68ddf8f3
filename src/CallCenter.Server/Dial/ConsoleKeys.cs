namespace CallCenter.Server.Dial;

/// <summary>
/// The keyboard as a phone's keypad: each key as it is pressed, without Enter and without echo (the call shows
/// what was pressed). Ctrl+D is the end of the input: the caller hangs up.
/// </summary>
internal sealed class ConsoleKeys : TextReader
{
    public override int Read()
    {
        var key = Console.ReadKey(intercept: true);
        return key.KeyChar == '\x04' ? -1 : key.KeyChar;
    }

    public override int Peek() => -1;
}
