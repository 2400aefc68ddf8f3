using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Cti;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>How a stream ends, over a WebSocket pair on a loopback TCP connection: a client that fell behind or leaves, a server that stops.</summary>
public sealed class CtiEventStreamEndTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-23T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task SubscriberFellBehind_SendsResyncAndClosesWithTryAgainLater()
    {
        var bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        using var subscription = bus.Subscribe("test", capacity: 1);
        bus.Publish(StateChange("1001"));
        bus.Publish(StateChange("1002"));
        var (server, client) = await WebSocketPairAsync();
        using (server)
        using (client)
        {
            var streaming = CtiEventStream.StreamAsync(server, subscription, new CtiEventFilter(null, null), CancellationToken.None);
            var messages = await ReadUntilCloseAsync(client);
            await streaming.WaitAsync(HotlineRig.Patience);

            Assert.That(messages.Select(m => m.Split('"')[3]), Is.EqualTo(new[] { "Hello", "AgentStateChanged", "Resync" }));
            Assert.That(client.CloseStatus, Is.EqualTo(CtiEventStream.TryAgainLater));
            Assert.That(client.CloseStatusDescription, Is.EqualTo(CtiEventStream.FellBehind));
        }
    }

    [Test]
    public async Task ServerStopping_ClosesWithGoingAway()
    {
        var bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        using var subscription = bus.Subscribe("test");
        using var stop = new CancellationTokenSource();
        var (server, client) = await WebSocketPairAsync();
        using (server)
        using (client)
        {
            var streaming = CtiEventStream.StreamAsync(server, subscription, new CtiEventFilter(null, null), stop.Token);
            var reading = ReadUntilCloseAsync(client);

            await stop.CancelAsync();
            await reading.WaitAsync(HotlineRig.Patience);
            await streaming.WaitAsync(HotlineRig.Patience);

            Assert.That(client.CloseStatus, Is.EqualTo(WebSocketCloseStatus.EndpointUnavailable));
        }
    }

    [Test]
    public async Task ClientCloses_StreamEndsAndAnswersTheClose()
    {
        var bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        using var subscription = bus.Subscribe("test");
        var (server, client) = await WebSocketPairAsync();
        using (server)
        using (client)
        {
            var streaming = CtiEventStream.StreamAsync(server, subscription, new CtiEventFilter(null, null), CancellationToken.None);
            using var patience = new CancellationTokenSource(HotlineRig.Patience);
            await client.ReceiveAsync(new byte[4096], patience.Token);

            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", patience.Token);
            var end = await streaming.WaitAsync(HotlineRig.Patience);

            Assert.That(end, Is.EqualTo("closed by the client"));
            Assert.That(client.State, Is.EqualTo(WebSocketState.Closed));
        }
    }

    private static AgentStateChanged StateChange(string agent) => new(At, agent, AgentState.Available, AgentState.Paused, "lunch");

    /// <summary>The text messages the client receives until the server closes, answering the close as a client does.</summary>
    private static async Task<List<string>> ReadUntilCloseAsync(WebSocket client)
    {
        using var patience = new CancellationTokenSource(HotlineRig.Patience);
        var messages = new List<string>();
        var buffer = new byte[4096];
        while (true)
        {
            var received = await client.ReceiveAsync(buffer, patience.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "ok", patience.Token);
                return messages;
            }
            messages.Add(System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
    }

    private static async Task<(WebSocket Server, WebSocket Client)> WebSocketPairAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepting = listener.AcceptTcpClientAsync();
        var near = new TcpClient();
        await near.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var far = await accepting;
        var server = WebSocket.CreateFromStream(far.GetStream(), new WebSocketCreationOptions { IsServer = true });
        var client = WebSocket.CreateFromStream(near.GetStream(), new WebSocketCreationOptions { IsServer = false });
        return (server, client);
    }
}
