using CallCenter.Data.Journal;
using CallCenter.Data.Outbox;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>A temporary outbox folder, the outboxes opened on it (stopped at the end), and what they logged.</summary>
public sealed class OutboxFolder : IAsyncDisposable
{
    /// <summary>Generous: only reached when the behaviour under test is broken.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly List<JournalOutbox> outboxes = [];
    private readonly ILoggerFactory loggers;

    public OutboxFolder()
    {
        Path = Directory.CreateTempSubdirectory("callcenter-outbox-").FullName;
        loggers = Logs.CreateFactory();
    }

    public string Path { get; }

    public LogCapture Logs { get; } = new();

    public string[] Segments => Directory.GetFiles(Path, "*.outbox").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Options for real time with short pauses, so an outage costs a test milliseconds.</summary>
    public OutboxOptions Options() => new()
    {
        Directory = Path,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        FailuresBeforeBreak = 5,
        FailureWindow = TimeSpan.FromSeconds(1),
        BreakDuration = TimeSpan.FromSeconds(0.5),
        StopGrace = TimeSpan.FromSeconds(5),
    };

    public JournalOutbox Open(IJournalStore store, OutboxOptions? options = null, TimeProvider? time = null)
    {
        var outbox = new JournalOutbox(options ?? Options(), store, loggers.CreateLogger<JournalOutbox>(), time);
        outboxes.Add(outbox);
        return outbox;
    }

    public async Task<JournalOutbox> StartAsync(IJournalStore store, OutboxOptions? options = null, TimeProvider? time = null)
    {
        var outbox = Open(store, options, time);
        await outbox.StartAsync(CancellationToken.None);
        return outbox;
    }

    /// <summary>Stops at once, as a killed process would: no last flush; what the database does not have stays on disk.</summary>
    public static Task AbandonAsync(JournalOutbox outbox) => outbox.StopAsync(new CancellationToken(canceled: true));

    /// <summary>Completes once the database has every entry up to <paramref name="sequence"/>.</summary>
    public static Task WhenFlushedThroughAsync(JournalOutbox outbox, long sequence)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        outbox.Flushed += through =>
        {
            if (through >= sequence)
            {
                done.TrySetResult();
            }
        };
        if (outbox.FlushedThrough >= sequence)
        {
            done.TrySetResult();
        }
        return done.Task.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var outbox in outboxes)
        {
            await AbandonAsync(outbox);
        }
        loggers.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
