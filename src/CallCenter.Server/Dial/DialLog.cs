namespace CallCenter.Server.Dial;

/// <summary>
/// Warnings and errors while a call is tried (a handler that failed, a prompt that could not play) as lines of
/// the terminal's output, between what the caller hears: where the admin is looking.
/// </summary>
internal sealed class DialLog(TerminalWriter output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Lines(output);

    public void Dispose()
    {
    }

    private sealed class Lines(TerminalWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var level = logLevel >= LogLevel.Error ? "error" : "warning";
            var reason = exception is null ? "" : $" ({exception.Message})";
            output.Line($"         {level}: {formatter(state, exception)}{reason}");
        }
    }
}
