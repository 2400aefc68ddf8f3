using CallCenter.Testing;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Tests;

/// <summary>A FakeAsterisk with our prompts, sped up, and a log capture; the common setup of these tests.</summary>
internal sealed class Rig : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private Rig(FakeAsterisk asterisk, LogCapture logs)
    {
        Asterisk = asterisk;
        Logs = logs;
        Loggers = logs.CreateFactory();
    }

    public FakeAsterisk Asterisk { get; }

    public LogCapture Logs { get; }

    public ILoggerFactory Loggers { get; }

    public static async Task<Rig> StartAsync(double playbackSpeed = 0.05, TimeSpan? dtmfGap = null)
    {
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions
        {
            SoundsDirectory = RepositoryRoot.Prompts,
            PlaybackSpeed = playbackSpeed,
            DtmfGap = dtmfGap ?? TimeSpan.FromMilliseconds(100),
            DtmfDuration = TimeSpan.FromMilliseconds(dtmfGap is null ? 100 : 20),
        });
        return new Rig(asterisk, new LogCapture());
    }

    public Task<TelephonyStack> StartServerAsync(
        Core.Ports.ICallBehaviourFactory? behaviours = null,
        TelephonyOptions? options = null,
        TimeSpan? reconnectDelay = null,
        bool waitForConnection = true,
        HeldAnswers? restInterceptor = null) =>
        TelephonyStack.StartAsync(Asterisk, Loggers, behaviours, options, reconnectDelay, waitForConnection, restInterceptor);

    /// <summary>Warnings and errors, for tests that expect a clean run.</summary>
    public IReadOnlyList<CapturedLogEntry> Problems => Logs.AtLeast(LogLevel.Warning).ToList();

    public async ValueTask DisposeAsync()
    {
        await Asterisk.DisposeAsync();
        Loggers.Dispose();
    }
}
