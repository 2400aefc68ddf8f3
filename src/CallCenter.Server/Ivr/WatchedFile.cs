namespace CallCenter.Server.Ivr;

/// <summary>
/// A file the server looks at again and again (the flow, the queue file) to take up an admin's edit: it tells
/// what is new since the last look, so a file that stays the same — good or bad — is dealt with once.
/// </summary>
public sealed class WatchedFile(string path)
{
    private string? lastSeen;

    public string Path => path;

    /// <summary>How messages name the file (<see cref="LocalPaths.Display"/>).</summary>
    public string Display => LocalPaths.Display(path);

    /// <summary>
    /// False when the file is as it was at the last look (or unreadable for the same reason). Otherwise true, with
    /// its new <paramref name="text"/>, or null text and why it <paramref name="unreadable"/>.
    /// </summary>
    public bool Changed(out string? text, out string? unreadable)
    {
        unreadable = null;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            text = null;
            unreadable = exception.Message;
            var seen = "\0unreadable: " + exception.Message;
            if (seen == lastSeen)
            {
                return false;
            }
            lastSeen = seen;
            return true;
        }
        if (text == lastSeen)
        {
            return false;
        }
        lastSeen = text;
        return true;
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
