using System.Collections.Concurrent;
using CallCenter.Ari.Connection;
using CallCenter.Ari.Events;
using CallCenter.Ari.Rest;
using CallCenter.Ari.Streaming;
using CallCenter.Testing;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace CallCenter.Ari.Tests.Connection;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class AriConnectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly LogCapture logs = new();
    private readonly ConcurrentQueue<AriConnectionStateChanged> changes = new();
    private readonly ConcurrentQueue<AriConnectedContext> connects = new();
    private readonly ConcurrentQueue<AriEvent> events = new();
    private FakeAsterisk asterisk = null!;
    private AriConnection connection = null!;
    private HttpClient http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        asterisk = await FakeAsterisk.StartAsync();
        http = new HttpClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
        await asterisk.DisposeAsync();
        http.Dispose();
    }

    [Test]
    public async Task Start_ConnectsReadsInfoAndApplication_AndDeliversEvents()
    {
        Connect();

        await connection.StartAsync();
        await WaitForAsync(AriConnectionState.Connected);
        await asterisk.WaitForApplicationAsync(Timeout);
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await Eventually.TrueAsync(() => events.OfType<StasisStart>().Any(), "StasisStart arrived", Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(c => c.Current), Is.EqualTo(new[] { AriConnectionState.Connected }));
            var context = connects.Single();
            Assert.That(context.IsFirstConnection, Is.True);
            Assert.That(context.AsteriskRestarted, Is.False);
            Assert.That(context.Info.System?.Version, Is.EqualTo("22.10.1"));
            Assert.That(context.Application.Name, Is.EqualTo("callcenter"));
            Assert.That(events.OfType<StasisStart>().Single().Channel.Id, Is.EqualTo(caller.ChannelId));
        });
    }

    [Test]
    public async Task DroppedSocket_ReconnectsAsTheSameAsterisk()
    {
        Connect();
        await connection.StartAsync();
        await WaitForAsync(AriConnectionState.Connected);

        await asterisk.DropConnectionsAsync();
        await Eventually.TrueAsync(() => connects.Count == 2, "connected a second time", Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(c => c.Current), Is.EqualTo(new[] { AriConnectionState.Connected, AriConnectionState.Reconnecting, AriConnectionState.Connected }));
            Assert.That(connects.Last().Connection, Is.EqualTo(2));
            Assert.That(connects.Last().AsteriskRestarted, Is.False);
            Assert.That(connection.ConnectionNumber, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task AsteriskRestart_IsReportedOnTheNextConnect()
    {
        Connect();
        await connection.StartAsync();
        await WaitForAsync(AriConnectionState.Connected);

        await asterisk.RestartAsync(TimeSpan.FromMilliseconds(200));
        await Eventually.TrueAsync(() => connects.Count == 2, "connected again after the restart", Timeout);

        Assert.That(connects.Last().AsteriskRestarted, Is.True);
    }

    [Test]
    public async Task WrongPassword_KeepsTryingAndSaysWhatIsWrong()
    {
        Connect(password: "not-the-password");

        await connection.StartAsync();
        await Eventually.TrueAsync(() => logs.Entries.Count(e => e.Level == LogLevel.Warning) >= 2, "two failed attempts", Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(connection.State, Is.EqualTo(AriConnectionState.Connecting));
            Assert.That(logs.Entries.First(e => e.Level == LogLevel.Warning).Message, Does.Contain("refused ARI user 'callcenter'").And.Contain("Ari:Password"));
            Assert.That(logs.Entries.Select(e => e.Message), Has.None.Contains("not-the-password"));
        });
    }

    [Test]
    public async Task Stop_ClosesTheSocketAndStopsReconnecting()
    {
        Connect();
        await connection.StartAsync();
        await WaitForAsync(AriConnectionState.Connected);

        await connection.StopAsync();
        await Eventually.TrueAsync(() => !asterisk.IsApplicationConnected(), "the app's websocket closed", Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(connection.State, Is.EqualTo(AriConnectionState.Stopped));
            Assert.That(changes.Select(c => c.Current), Does.Not.Contain(AriConnectionState.Reconnecting));
        });
    }

    [Test]
    public async Task OnConnectedThrows_ConnectionStaysUp()
    {
        Connect(onConnected: _ => throw new InvalidOperationException("reconcile bug"));

        await connection.StartAsync();
        await WaitForAsync(AriConnectionState.Connected);
        await asterisk.WaitForApplicationAsync(Timeout);
        await asterisk.PlaceCallAsync("100", "+15551230001");
        await Eventually.TrueAsync(() => events.OfType<StasisStart>().Any(), "events still flow", Timeout);

        Assert.That(logs.AtLeast(LogLevel.Error).Select(e => e.Exception?.Message), Is.EqualTo(new[] { "reconcile bug" }));
    }

    private void Connect(string? password = null, Action<AriConnectedContext>? onConnected = null)
    {
        var options = new AriOptions
        {
            Url = asterisk.AriUri,
            User = asterisk.User,
            Password = password ?? asterisk.Password,
            App = asterisk.AppName,
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
        };
        var loggers = logs.CreateFactory();
        var rest = new AriRestClient(http, options, loggers.CreateLogger<AriRestClient>());
        var reader = new AriEventReader(new Collecting(events), loggers.CreateLogger<AriEventReader>());
        connection = new AriConnection(options, rest, reader, loggers.CreateLogger<AriConnection>());
        connection.StateChanged += changes.Enqueue;
        connection.OnConnected = (context, _) =>
        {
            connects.Enqueue(context);
            onConnected?.Invoke(context);
            return Task.CompletedTask;
        };
    }

    private async Task WaitForAsync(AriConnectionState state)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await connection.WaitForStateAsync(state, timeout.Token);
    }

    private sealed class Collecting(ConcurrentQueue<AriEvent> events) : IAriEventDispatcher
    {
        public void Dispatch(AriEvent ariEvent) => events.Enqueue(ariEvent);
    }
}
