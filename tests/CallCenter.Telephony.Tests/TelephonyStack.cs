using CallCenter.Telephony.Tests.Welcome;
using CallCenter.Ari;
using CallCenter.Ari.Connection;
using CallCenter.Ari.Rest;
using CallCenter.Ari.Streaming;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using CallCenter.Testing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Tests;

/// <summary>One running instance of our server's telephony, wired as the host wires it, pointed at a FakeAsterisk.</summary>
internal sealed class TelephonyStack : IAsyncDisposable
{
    private readonly HttpClient http;

    private TelephonyStack(FakeAsterisk asterisk, ICallBehaviourFactory behaviours, TelephonyOptions options, ILoggerFactory loggers, TimeSpan reconnectDelay, HeldAnswers? restInterceptor)
    {
        AriOptions = new AriOptions
        {
            Url = asterisk.AriUri,
            User = asterisk.User,
            Password = asterisk.Password,
            App = asterisk.AppName,
            ReconnectDelay = reconnectDelay,
            MaxReconnectDelay = reconnectDelay * 4,
        };
        Options = options;
        http = restInterceptor is null ? new HttpClient() : new HttpClient(restInterceptor.WithInner(new HttpClientHandler()));
        Rest = new AriRestClient(http, AriOptions, loggers.CreateLogger<AriRestClient>());
        Router = new AriEventRouter(loggers.CreateLogger<AriEventRouter>());
        Reader = new AriEventReader(Router, loggers.CreateLogger<AriEventReader>());
        Connection = new AriConnection(AriOptions, Rest, Reader, loggers.CreateLogger<AriConnection>());
        Switchboard = new CallSwitchboard(behaviours, Router, Rest, AriOptions, options, TimeProvider.System, loggers);
        Service = new TelephonyService(Connection, Switchboard, options, loggers.CreateLogger<TelephonyService>());
    }

    public AriOptions AriOptions { get; }

    public TelephonyOptions Options { get; }

    public AriRestClient Rest { get; }

    public AriEventRouter Router { get; }

    public AriEventReader Reader { get; }

    public AriConnection Connection { get; }

    public CallSwitchboard Switchboard { get; }

    public TelephonyService Service { get; }

    public static async Task<TelephonyStack> StartAsync(
        FakeAsterisk asterisk,
        ILoggerFactory loggers,
        ICallBehaviourFactory? behaviours = null,
        TelephonyOptions? options = null,
        TimeSpan? reconnectDelay = null,
        bool waitForConnection = true,
        HeldAnswers? restInterceptor = null)
    {
        var stack = new TelephonyStack(
            asterisk,
            behaviours ?? new WelcomeCallFactory(new WelcomeCallPrompts(), loggers),
            options ?? new TelephonyOptions { ShutdownGrace = TimeSpan.FromSeconds(5) },
            loggers,
            reconnectDelay ?? TimeSpan.FromMilliseconds(50),
            restInterceptor);
        await stack.Service.StartAsync(CancellationToken.None);
        if (waitForConnection)
        {
            await stack.WaitForStateAsync(AriConnectionState.Connected);
            await asterisk.WaitForApplicationAsync(Rig.Timeout);
        }
        return stack;
    }

    public async Task WaitForStateAsync(AriConnectionState state)
    {
        using var timeout = new CancellationTokenSource(Rig.Timeout);
        await Connection.WaitForStateAsync(state, timeout.Token);
    }

    /// <summary>Waits until no call is left in the switchboard.</summary>
    public Task WaitForNoCallsAsync() =>
        Eventually.TrueAsync(() => Switchboard.ActiveCalls == 0, "every call closed", Rig.Timeout);

    /// <summary>Our process dying: the websocket goes, no call is told anything.</summary>
    public async Task CrashAsync()
    {
        await Connection.StopAsync();
        http.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(Rig.Timeout);
        await Service.StopAsync(grace.Token);
        await Connection.DisposeAsync();
        http.Dispose();
    }
}
