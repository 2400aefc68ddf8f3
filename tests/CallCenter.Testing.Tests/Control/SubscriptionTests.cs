using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Control;

public sealed class SubscriptionTests
{
    [Test]
    public async Task Subscribe_Twice_NeedsTwoUnsubscribes()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PostAsync("bridges/b-1");
        var source = new { eventSource = "bridge:b-1" };
        await setup.App.PostAsync("applications/callcenter/subscription", source);
        await setup.App.PostAsync("applications/callcenter/subscription", source);

        var first = await setup.App.DeleteAsync("applications/callcenter/subscription", source);
        var second = await setup.App.DeleteAsync("applications/callcenter/subscription", source);
        var third = await setup.App.DeleteAsync("applications/callcenter/subscription", source);

        Assert.That((first.Status, second.Status), Is.EqualTo((200, 200)));
        Assert.That(third.Status, Is.EqualTo(422));
        Assert.That(third.Message, Is.EqualTo("Event source was not subscribed to"));
    }

    [Test]
    public async Task Unsubscribe_FromSomethingNeverSubscribed_Answers422()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var result = await setup.App.DeleteAsync("applications/callcenter/subscription", new { eventSource = "bridge:nothing" });

        Assert.That(result.Status, Is.EqualTo(422));
    }

    [Test]
    public async Task Subscribe_ToAChannelThatDoesNotExist_Answers422()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var result = await setup.App.PostAsync("applications/callcenter/subscription", new { eventSource = "channel:nope" });

        Assert.That((result.Status, result.Message), Is.EqualTo((422, "Event source does not exist")));
    }

    [Test]
    public async Task Subscribe_WithAnUnknownScheme_Answers400()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var result = await setup.App.PostAsync("applications/callcenter/subscription", new { eventSource = "mailbox:1001" });

        Assert.That((result.Status, result.Message), Is.EqualTo((400, "Invalid event source URI scheme")));
    }

    [Test]
    public async Task GetApplication_ListsTheChannelsInStasis()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.CallAsync();

        var app = await setup.App.GetAsync("applications/callcenter");

        Assert.That(app.Json!["channel_ids"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { caller.ChannelId }));
    }

    [Test]
    public async Task GetApplication_NeverConnected_Answers404()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var app = await setup.App.GetAsync("applications/reports");

        Assert.That((app.Status, app.Message), Is.EqualTo((404, "Application not found")));
    }

    [Test]
    public async Task EndpointSubscription_DeliversEveryEventOfAnAppChannelTwice()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.Busy());
        await setup.App.PostAsync("applications/callcenter/subscription", new { eventSource = "endpoint:PJSIP/1001" });

        await setup.App.PostAsync("channels", new { endpoint = "PJSIP/1001", app = "callcenter", channelId = "leg-1" });

        await setup.App.Log.WaitUntilAsync(e => e.Count(x => (string?)x["type"] == "ChannelDestroyed") == 2, Wait.Short);
        Assert.That(setup.App.Log.Events.Count(e => (string?)e["type"] == "Dial" && (string?)e["dialstatus"] == "BUSY"), Is.EqualTo(2));
    }

    [Test]
    public async Task Subscription_OutlivesTheWebsocket()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("applications/callcenter/subscription", new { eventSource = "channel:" + caller.ChannelId });

        await setup.Fake.DropConnectionsAsync();
        await using var again = await AriTestClient.ConnectAsync(setup.Fake);
        var app = await again.GetAsync("applications/callcenter");

        Assert.That(app.Json!["channel_ids"]!.AsArray().Select(c => (string?)c), Has.Member(caller.ChannelId));
    }

    [Test]
    public async Task DeviceState_Update_SendsDeviceStateChangedToSubscribers()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PostAsync("applications/callcenter/subscription", new { eventSource = "deviceState:Stasis:agent-1001" });

        var update = await setup.App.PutAsync("deviceStates/Stasis:agent-1001", new { deviceState = "INUSE" });

        Assert.That(update.Status, Is.EqualTo(204));
        var changed = await setup.EventAsync("DeviceStateChanged");
        Assert.That((string?)changed["device_state"]!["state"], Is.EqualTo("INUSE"));
    }

    [Test]
    public async Task DeviceState_UpdateOfAnUncontrolledDevice_Answers409()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var update = await setup.App.PutAsync("deviceStates/PJSIP%2F1001", new { deviceState = "INUSE" });

        Assert.That((update.Status, update.Message), Is.EqualTo((409, "Uncontrolled device specified")));
    }

    [Test]
    public async Task EventFilter_WithAllowedTypes_DropsEveryOtherEvent()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PutAsync("applications/callcenter/eventFilter", jsonBody: """{"allowed":[{"type":"StasisStart"},{"type":"StasisEnd"}]}""");
        var caller = await setup.CallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/answer");
        await caller.HangUpAsync();

        await setup.EventAsync("StasisEnd", caller.ChannelId);
        Assert.That(setup.App.Log.Events.Select(e => (string?)e["type"]), Is.EqualTo(new[] { "StasisStart", "StasisEnd" }));
    }
}
