using System.Text;

namespace CallCenter.Server.Tests.Commands;

/// <summary>The terminal `dial` writes to in a test: keeps every line, and lets the test await a line it expects.</summary>
internal sealed class DialScreen : TextWriter
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly StringBuilder text = new();
    private readonly List<(string Expected, int Times, TaskCompletionSource Seen)> waiting = [];
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            text.Append(value);
            if (value == '\n')
            {
                Release();
            }
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            text.Append(value);
            Release();
        }
    }

    /// <summary>Completes once <paramref name="expected"/> has been written <paramref name="times"/> times; fails with the screen after 30 s.</summary>
    public async Task WaitForAsync(string expected, int times = 1)
    {
        Task seen;
        lock (gate)
        {
            var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((expected, times, source));
            Release();
            seen = source.Task;
        }
        try
        {
            await seen.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"\"{expected}\" was not shown {times} times within {Patience.TotalSeconds} s. The screen:\n{this}");
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return text.ToString();
        }
    }

    public static int Count(string text, string expected)
    {
        var count = 0;
        for (var at = text.IndexOf(expected, StringComparison.Ordinal); at >= 0; at = text.IndexOf(expected, at + expected.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private void Release()
    {
        var shown = text.ToString();
        foreach (var wait in waiting.Where(w => Count(shown, w.Expected) >= w.Times).ToList())
        {
            waiting.Remove(wait);
            wait.Seen.TrySetResult();
        }
    }
}
