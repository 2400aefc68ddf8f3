using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Control;

public sealed class ConnectionTests
{
    [Test]
    public async Task DropConnections_ClosesTheWebsocket_ButCallsStay()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.Fake.DropConnectionsAsync();

        await setup.App.Closed.WaitAsync(Wait.Short);
        Assert.That(setup.Fake.IsApplicationConnected(), Is.False);
        Assert.That(setup.Fake.Channels.Select(c => c.Id), Is.EqualTo(new[] { caller.ChannelId }));
    }

    [Test]
    public async Task PlaceCall_AfterTheWebsocketDropped_FailsStasis()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.Fake.DropConnectionsAsync();

        var caller = await setup.Fake.PlaceCallAsync("100", "+15551230001");

        Assert.That(caller.StasisFailed, Is.True);
    }

    [Test]
    public async Task SendRaw_DeliversTheFrameAsItIs()
    {
        await using var setup = await FakeWithApp.StartAsync();

        await setup.Fake.SendRawAsync("{not json");
        await setup.Fake.SendRawAsync("""{"type":"Marker"}""");

        await setup.EventAsync("Marker");
        Assert.That(setup.App.Log.Raw, Has.Member("{not json"));
    }

    [Test]
    public async Task WaitForApplication_CompletesOnceTheWebsocketConnects()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        var waiting = fake.WaitForApplicationAsync(Wait.Short);
        var connectedBefore = waiting.IsCompleted;

        await using var app = await AriTestClient.ConnectAsync(fake);

        await waiting;
        Assert.That(connectedBefore, Is.False);
    }

    [Test]
    public async Task SecondWebsocketForTheSameApplication_ReplacesTheFirst()
    {
        await using var setup = await FakeWithApp.StartAsync();

        await using var second = await AriTestClient.ConnectAsync(setup.Fake);
        var caller = await setup.Fake.PlaceCallAsync("100", "+15551230001");

        await setup.EventAsync("ApplicationReplaced");
        await second.Log.WaitForTypeAsync("StasisStart", Wait.Short, caller.ChannelId);
        Assert.That(setup.App.Log.TypesFor(caller.ChannelId), Is.Empty);
    }

    [Test]
    public async Task SubscribeAll_SeesChannelCreatedWithTheCallersDetails_AndItsChannelDestroyed()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        await using var app = await AriTestClient.ConnectAsync(fake, subscribeAll: true);

        var caller = await fake.PlaceCallAsync("100", "+15551230001", "Alice");
        await caller.HangUpAsync();

        var created = await app.Log.WaitForTypeAsync("ChannelCreated", Wait.Short, caller.ChannelId);
        Assert.That((string?)created["channel"]!["caller"]!["number"], Is.EqualTo("+15551230001"));
        await app.Log.WaitForTypeAsync("ChannelDestroyed", Wait.Short, caller.ChannelId);
    }
}
