using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Server.Ivr;

/// <summary>
/// A file the server looks at again and again (the flow, the queue file) to take up an admin's edit as soon as
/// it is saved.
/// </summary>
public sealed class WatchedFile(string path)
{
    private string? lastSeen;

    public string Path => path;

    /// <summary>How messages name the file (<see cref="LocalPaths.Display"/>).</summary>
    public string Display => LocalPaths.Display(path);

    /// <summary>
    /// Reads and compiles the file when it differs from the last look (or has become unreadable for a new reason).
    /// Null when it has not, so a file that stays the same — good or bad — is dealt with once; otherwise what
    /// <paramref name="compile"/> (text, display name) gave, or why the file cannot be read.
    /// </summary>
    public (T? Value, IReadOnlyList<FlowError> Errors)? CompileChange<T>(Func<string, string, (T? Value, IReadOnlyList<FlowError> Errors)> compile)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var seen = "\0unreadable: " + exception.Message;
            if (seen == lastSeen)
            {
                return null;
            }
            lastSeen = seen;
            return (null, [new FlowError(new SourceLocation(path, 0, 0), $"cannot be read: {exception.Message}")]);
        }
        if (text == lastSeen)
        {
            return null;
        }
        lastSeen = text;
        return compile(text, Display);
    }

    /// <summary>Runs <paramref name="look"/> every <paramref name="interval"/> until stopped; a look that fails to read is logged and the next one tries again.</summary>
    public async Task EveryAsync(TimeSpan interval, TimeProvider time, Action look, ILogger logger, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                look();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Could not read {WatchedFile}: {Reason}", path, exception.Message);
            }
        }
    }
}
