using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Bridges;

public sealed class BridgeTests
{
    private static async Task<(FakeCaller Caller, FakeAgentCall Agent)> CallerAndAgentAsync(FakeWithApp setup)
    {
        var endpoint = setup.Fake.AddEndpoint("1001", AgentBehavior.Manual());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", new Dictionary<string, string>
        {
            ["endpoint"] = "PJSIP/1001", ["app"] = "callcenter", ["appArgs"] = "agent", ["callerId"] = "\"Queue\" <100>", ["channelId"] = "agent-1",
        });
        var agent = await endpoint.WaitForCallAsync(Wait.Short);
        await agent.AnswerAsync();
        await setup.EventAsync("StasisStart", "agent-1");
        return (caller, agent);
    }

    [Test]
    public async Task AddChannel_WhileTheCallerHearsAPrompt_WaitsForThePromptToEnd()
    {
        await using var setup = await FakeWithApp.StartAsync(sounds => sounds.Add("hello-world", TimeSpan.FromSeconds(1.4)));
        var (caller, _) = await CallerAndAgentAsync(setup);
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play", new { media = "sound:hello-world" });
        await caller.WaitForPlaybackStartedAsync("sound:hello-world", Wait.Short);
        await setup.App.PostAsync("bridges/talk", new { type = "mixing" });

        var adding = setup.App.PostAsync("bridges/talk/addChannel", new { channel = $"{caller.ChannelId},agent-1" });
        await setup.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal), Wait.Short);
        var answeredBeforeThePromptEnded = adding.IsCompleted;
        setup.Advance(TimeSpan.FromSeconds(1.4));

        Assert.That(answeredBeforeThePromptEnded, Is.False);
        Assert.That((await adding.WaitAsync(Wait.Short)).Status, Is.EqualTo(204));
        await setup.EventAsync("ChannelEnteredBridge", "agent-1");
        var order = setup.App.Log.Events.Select(e => (string)e["type"]!).Where(t => t is "PlaybackFinished" or "ChannelEnteredBridge");
        Assert.That(order.ToList(), Is.EqualTo(new[] { "PlaybackFinished", "ChannelEnteredBridge", "ChannelEnteredBridge" }));
    }

    [Test]
    public async Task AddChannel_SecondChannelOfAMixingBridge_UpdatesBothConnectedLines()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var (caller, agent) = await CallerAndAgentAsync(setup);
        await setup.App.PostAsync("bridges/talk", new { type = "mixing" });

        await setup.App.PostAsync("bridges/talk/addChannel", new { channel = $"{caller.ChannelId},agent-1" });

        var agentLine = await setup.EventAsync("ChannelConnectedLine", "agent-1");
        var callerLine = await setup.EventAsync("ChannelConnectedLine", caller.ChannelId);
        Assert.That((string?)agentLine["channel"]!["connected"]!["number"], Is.EqualTo("+15551230001"));
        Assert.That((string?)callerLine["channel"]!["connected"]!["number"], Is.EqualTo("100"));
        Assert.That(caller.BridgeId, Is.EqualTo("talk"));
        Assert.That(agent.BridgeId, Is.EqualTo("talk"));
    }

    [Test]
    public async Task Bridge_WithTwoChannels_SettlesOnNativeRtp()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var (caller, _) = await CallerAndAgentAsync(setup);
        await setup.App.PostAsync("bridges/talk", new { type = "mixing" });

        await setup.App.PostAsync("bridges/talk/addChannel", new { channel = $"{caller.ChannelId},agent-1" });

        var entered = await setup.App.Log.WaitAsync(e => (string?)e["type"] == "ChannelEnteredBridge" && AriEventLog.ChannelIdOf(e) == "agent-1", Wait.Short, "agent enters");
        Assert.That((string?)entered["bridge"]!["technology"], Is.EqualTo("simple_bridge"));
        Assert.That((string?)(await setup.App.GetAsync("bridges/talk")).Json!["technology"], Is.EqualTo("native_rtp"));
    }

    [Test]
    public async Task DestroyBridge_WhoseChannelsLeftByHangingUp_SendsBridgeDestroyed()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var (caller, agent) = await CallerAndAgentAsync(setup);
        await setup.App.PostAsync("bridges/talk", new { type = "mixing" });
        await setup.App.PostAsync("bridges/talk/addChannel", new { channel = $"{caller.ChannelId},agent-1" });
        await agent.HangUpAsync();
        await caller.HangUpAsync();

        await setup.App.DeleteAsync("bridges/talk");

        await setup.EventAsync("BridgeDestroyed");
    }

    [Test]
    public async Task DestroyBridge_AfterItsChannelWasRemoved_SendsNoBridgeDestroyed()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("bridges/hold", new { type = "holding" });
        await setup.App.PostAsync("bridges/hold/addChannel", new { channel = caller.ChannelId });
        await setup.App.PostAsync("bridges/hold/removeChannel", new { channel = caller.ChannelId });

        await setup.App.DeleteAsync("bridges/hold");
        await setup.Fake.SendRawAsync("""{"type":"Marker"}""");

        await setup.EventAsync("Marker");
        Assert.That(setup.App.Log.Events.Select(e => (string?)e["type"]), Does.Not.Contain("BridgeDestroyed"));
    }

    [Test]
    public async Task CreateBridge_SendsNoBridgeCreated()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var create = await setup.App.PostAsync("bridges", new { type = "mixing", bridgeId = "b-1", name = "sales" });
        await setup.Fake.SendRawAsync("""{"type":"Marker"}""");

        Assert.That((string?)create.Json!["bridge_class"], Is.EqualTo("stasis"));
        await setup.EventAsync("Marker");
        Assert.That(setup.App.Log.Events.Select(e => (string?)e["type"]), Does.Not.Contain("BridgeCreated"));
    }

    [Test]
    public async Task CreateBridge_WithAnExistingId_Answers409()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PostAsync("bridges/b-1");

        var again = await setup.App.PostAsync("bridges", new { bridgeId = "b-1" });

        Assert.That(again.Status, Is.EqualTo(409));
        Assert.That(again.Message, Is.EqualTo("Bridge with id 'b-1' already exists"));
    }

    [Test]
    public async Task BridgeMoh_IsHeardByTheCallersInTheBridge()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("bridges/hold", new { type = "holding" });
        await setup.App.PostAsync("bridges/hold/addChannel", new { channel = caller.ChannelId, role = "participant" });

        var moh = await setup.App.PostAsync("bridges/hold/moh", new { mohClass = "queue" });

        Assert.That(moh.Status, Is.EqualTo(204));
        await caller.WaitUntilAsync(c => c.MusicOnHoldClass == "queue", "hear the queue music", Wait.Short);
    }

    [Test]
    public async Task PlayToACallerInAHoldingBridge_PausesTheMusicForThePromptOnly()
    {
        await using var setup = await FakeWithApp.StartAsync(sounds => sounds.Add("position-1", TimeSpan.FromSeconds(1)));
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("bridges/hold", new { type = "holding" });
        await setup.App.PostAsync("bridges/hold/addChannel", new { channel = caller.ChannelId, role = "participant" });
        await setup.App.PostAsync("bridges/hold/moh", new { mohClass = "queue" });
        await caller.WaitUntilAsync(c => c.MusicOnHoldClass == "queue", "hear the queue music", Wait.Short);

        await setup.App.PostAsync($"channels/{caller.ChannelId}/play", new { media = "sound:position-1" });
        await caller.WaitForPlaybackStartedAsync("sound:position-1", Wait.Short);
        var musicDuringThePrompt = caller.IsHearingMusicOnHold;
        setup.Advance(TimeSpan.FromSeconds(1));
        await caller.WaitForPlaybackFinishedAsync("sound:position-1", Wait.Short);

        Assert.That(musicDuringThePrompt, Is.False);
        await caller.WaitUntilAsync(c => c.MusicOnHoldClass == "queue", "hear the queue music again", Wait.Short);
    }

    [Test]
    public async Task StopBridgeMoh_WhenNoneIsPlaying_Answers409()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PostAsync("bridges/talk", new { type = "mixing" });

        var stop = await setup.App.DeleteAsync("bridges/talk/moh");

        Assert.That((stop.Status, stop.Message), Is.EqualTo((409, "Bridge isn't playing music")));
    }

    [Test]
    public async Task AddChannel_NotInStasis_Answers422()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", new { endpoint = "PJSIP/1003", app = "callcenter", channelId = "ringing-leg", originator = caller.ChannelId });
        await setup.App.PostAsync("bridges/talk");

        var ringing = await setup.App.PostAsync("bridges/talk/addChannel", new { channel = "ringing-leg" });

        Assert.That((ringing.Status, ringing.Message), Is.EqualTo((422, "Channel not in Stasis application")));
    }

    [Test]
    public async Task AddChannel_Unknown_Answers400()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PostAsync("bridges/talk");

        var unknown = await setup.App.PostAsync("bridges/talk/addChannel", new { channel = "nobody" });

        Assert.That((unknown.Status, unknown.Message), Is.EqualTo((400, "Channel not found")));
    }

    [Test]
    public async Task PlayIntoABridge_IsHeardByEveryoneInIt()
    {
        await using var setup = await FakeWithApp.StartAsync(sounds => sounds.Add("position-1", TimeSpan.FromSeconds(1)));
        var first = await setup.AnsweredCallAsync();
        var second = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("bridges/hold", new { type = "holding" });
        await setup.App.PostAsync("bridges/hold/addChannel", new { channel = $"{first.ChannelId},{second.ChannelId}" });

        var play = await setup.App.PostAsync("bridges/hold/play", new { media = "sound:position-1" });

        Assert.That((string?)play.Json!["target_uri"], Is.EqualTo("bridge:hold"));
        await first.WaitForPlaybackStartedAsync("sound:position-1", Wait.Short);
        await second.WaitForPlaybackStartedAsync("sound:position-1", Wait.Short);
        await setup.EventAsync("PlaybackStarted");
    }

    [Test]
    public async Task DestroyBridge_WhileRecordingIt_FinishesTheRecording()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("bridges/conf");
        await setup.App.PostAsync("bridges/conf/addChannel", new { channel = caller.ChannelId });
        await setup.App.PostAsync("bridges/conf/record", new { name = "conference", format = "wav" });
        await setup.EventAsync("RecordingStarted");
        setup.Advance(TimeSpan.FromSeconds(2));

        await setup.App.DeleteAsync("bridges/conf");

        var finished = await setup.EventAsync("RecordingFinished");
        Assert.That((int?)finished["recording"]!["duration"], Is.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(setup.Fake.RecordingsDirectory, "conference.wav")), Is.True);
    }
}
